package com.mangaassist.model.resources;

import java.time.Duration;
import java.util.Objects;

/**
 * One SQS queue and its dead-letter queue. A message that has been received {@code maxReceiveCount}
 * times without being deleted moves to the DLQ.
 */
public record QueueDefinition(
        String name, Duration visibilityTimeout, Duration retention, int maxReceiveCount, Duration dlqRetention) {

    public QueueDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(visibilityTimeout, "visibilityTimeout");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(dlqRetention, "dlqRetention");
        if (!name.matches("[a-z][a-z0-9-]{2,60}")) {
            throw new IllegalArgumentException("queue name must be lower-case kebab: " + name);
        }
        if (maxReceiveCount < 1 || maxReceiveCount > 1000) {
            throw new IllegalArgumentException("maxReceiveCount must be in [1, 1000]: " + maxReceiveCount);
        }
        if (visibilityTimeout.isNegative() || visibilityTimeout.compareTo(Duration.ofHours(12)) > 0) {
            throw new IllegalArgumentException("visibilityTimeout must be in [0, 12h]: " + visibilityTimeout);
        }
    }

    public String dlqName() {
        return name + "-dlq";
    }

    public String physicalName(String prefix) {
        return ResourceNames.physical(prefix, name);
    }

    public String physicalDlqName(String prefix) {
        return ResourceNames.physical(prefix, dlqName());
    }
}
