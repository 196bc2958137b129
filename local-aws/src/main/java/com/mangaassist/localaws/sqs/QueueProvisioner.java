package com.mangaassist.localaws.sqs;

import com.mangaassist.model.resources.QueueDefinition;
import com.mangaassist.model.resources.Resources;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/**
 * Creates every queue of {@link Resources#queues()} under a prefix ({@code <prefix>-<name>}) with its
 * dead-letter queue ({@code <prefix>-<name>-dlq}), then sets the attributes of the definition: visibility
 * timeout, retention, and a redrive policy sending a message to the DLQ after {@code maxReceiveCount}
 * receives. Running it again is harmless: existing queues are kept and their attributes set again.
 *
 * <p>ElasticMQ ignores {@code MessageRetentionPeriod}; it is set anyway so that the queues say what the
 * definitions say.
 */
public final class QueueProvisioner {

    private static final Logger log = LoggerFactory.getLogger(QueueProvisioner.class);

    private final SqsClient sqs;
    private final String prefix;

    public QueueProvisioner(SqsClient sqs, String prefix) {
        this.sqs = Objects.requireNonNull(sqs, "sqs");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    /** A provisioned queue: its definition, and the URL and ARN of the queue and of its dead-letter queue. */
    public record ProvisionedQueue(
            QueueDefinition definition, String queueUrl, String queueArn, String dlqUrl, String dlqArn) {}

    /** Provisions every queue of the suite, in definition order. */
    public List<ProvisionedQueue> provisionAll() {
        return provision(Resources.queues());
    }

    /** Provisions the given queues and their dead-letter queues, in the order given. */
    public List<ProvisionedQueue> provision(List<QueueDefinition> queues) {
        List<ProvisionedQueue> provisioned = new ArrayList<>();
        for (QueueDefinition queue : queues) {
            provisioned.add(provision(queue));
        }
        log.info("{} queues and their DLQs provisioned with prefix {}", provisioned.size(), prefix);
        return List.copyOf(provisioned);
    }

    private ProvisionedQueue provision(QueueDefinition queue) {
        String dlqUrl = createOrGet(queue.physicalDlqName(prefix));
        sqs.setQueueAttributes(request -> request.queueUrl(dlqUrl)
                .attributes(Map.of(QueueAttributeName.MESSAGE_RETENTION_PERIOD, seconds(queue.dlqRetention()))));
        String dlqArn = arn(dlqUrl);

        String queueUrl = createOrGet(queue.physicalName(prefix));
        String redrivePolicy =
                "{\"maxReceiveCount\":" + queue.maxReceiveCount() + ",\"deadLetterTargetArn\":\"" + dlqArn + "\"}";
        sqs.setQueueAttributes(request -> request.queueUrl(queueUrl)
                .attributes(Map.of(
                        QueueAttributeName.VISIBILITY_TIMEOUT, seconds(queue.visibilityTimeout()),
                        QueueAttributeName.MESSAGE_RETENTION_PERIOD, seconds(queue.retention()),
                        QueueAttributeName.REDRIVE_POLICY, redrivePolicy)));
        log.debug("queue {} redrives to {} after {} receives", queueUrl, dlqArn, queue.maxReceiveCount());
        return new ProvisionedQueue(queue, queueUrl, arn(queueUrl), dlqUrl, dlqArn);
    }

    /**
     * The URL of the named queue, created with default attributes when missing. Attributes are set apart:
     * CreateQueue with attributes differing from an existing queue's would fail.
     */
    private String createOrGet(String name) {
        try {
            return sqs.getQueueUrl(request -> request.queueName(name)).queueUrl();
        } catch (QueueDoesNotExistException missing) {
            log.debug("creating queue {}", name);
            return sqs.createQueue(request -> request.queueName(name)).queueUrl();
        }
    }

    private String arn(String queueUrl) {
        return sqs.getQueueAttributes(
                        request -> request.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes()
                .get(QueueAttributeName.QUEUE_ARN);
    }

    private static String seconds(Duration duration) {
        return Long.toString(duration.toSeconds());
    }
}
