package com.mangaassist.feedback;

import com.mangaassist.common.architecture.AwsCallsContract;

/** feedback-service's AWS calls against its declared grants ({@link AwsCallsContract}). */
class FeedbackAwsCallsAreDeclaredTest extends AwsCallsContract {

    FeedbackAwsCallsAreDeclaredTest() {
        super("feedback-service", "com.mangaassist.feedback");
    }
}
