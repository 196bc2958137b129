package com.mangaassist.reviewqueue.config;

import java.util.UUID;

/**
 * This process among the service's instances, fixed for its lifetime: the holder named in job leases and
 * the key of its item in {@code review-signals}.
 */
record InstanceId(String value) {

    InstanceId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("instance id must not be blank");
        }
    }

    static InstanceId random() {
        return new InstanceId("review-queue-" + UUID.randomUUID());
    }
}
