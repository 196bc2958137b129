package com.mangaassist.threshold;

import com.mangaassist.common.testing.ServiceSecurityContract;

class ThresholdSecurityIntegrationTest extends ServiceSecurityContract {

    ThresholdSecurityIntegrationTest() {
        super("threshold-service", "GET", "/api/thresholds", "ml-lead", "customer");
    }
}
