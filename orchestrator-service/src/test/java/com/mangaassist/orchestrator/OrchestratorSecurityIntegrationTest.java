package com.mangaassist.orchestrator;

import com.mangaassist.common.testing.ServiceSecurityContract;

class OrchestratorSecurityIntegrationTest extends ServiceSecurityContract {

    OrchestratorSecurityIntegrationTest() {
        super("orchestrator-service", "POST", "/internal/ws/connect", "customer", "reviewer");
    }
}
