package com.mangaassist.orchestrator;

import com.mangaassist.common.architecture.AwsCallsContract;

/** orchestrator-service's AWS calls against its declared grants ({@link AwsCallsContract}). */
class OrchestratorAwsCallsAreDeclaredTest extends AwsCallsContract {

    OrchestratorAwsCallsAreDeclaredTest() {
        super("orchestrator-service", "com.mangaassist.orchestrator");
    }
}
