package com.mangaassist.threshold;

import com.mangaassist.common.architecture.AwsCallsContract;

/** threshold-service's AWS calls against its declared grants ({@link AwsCallsContract}). */
class ThresholdAwsCallsAreDeclaredTest extends AwsCallsContract {

    ThresholdAwsCallsAreDeclaredTest() {
        super("threshold-service", "com.mangaassist.threshold");
    }
}
