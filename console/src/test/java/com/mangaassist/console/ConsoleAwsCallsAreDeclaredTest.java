package com.mangaassist.console;

import com.mangaassist.common.architecture.AwsCallsContract;

/** console's AWS calls against its declared grants ({@link AwsCallsContract}). */
class ConsoleAwsCallsAreDeclaredTest extends AwsCallsContract {

    ConsoleAwsCallsAreDeclaredTest() {
        super("console", "com.mangaassist.console");
    }
}
