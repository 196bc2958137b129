package com.mangaassist.reviewqueue;

import com.mangaassist.common.architecture.AwsCallsContract;

/** review-queue-service's AWS calls against its declared grants ({@link AwsCallsContract}). */
class ReviewQueueAwsCallsAreDeclaredTest extends AwsCallsContract {

    ReviewQueueAwsCallsAreDeclaredTest() {
        super("review-queue-service", "com.mangaassist.reviewqueue");
    }
}
