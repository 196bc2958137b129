package com.mangaassist.delivery;

import com.mangaassist.common.architecture.AwsCallsContract;

/** delivery-watchdog's AWS calls against its declared grants ({@link AwsCallsContract}). */
class DeliveryWatchdogAwsCallsAreDeclaredTest extends AwsCallsContract {

    DeliveryWatchdogAwsCallsAreDeclaredTest() {
        super("delivery-watchdog", "com.mangaassist.delivery");
    }
}
