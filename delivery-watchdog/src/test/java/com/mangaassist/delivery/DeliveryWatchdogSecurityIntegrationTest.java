package com.mangaassist.delivery;

import com.mangaassist.common.testing.ServiceSecurityContract;

class DeliveryWatchdogSecurityIntegrationTest extends ServiceSecurityContract {

    DeliveryWatchdogSecurityIntegrationTest() {
        super("delivery-watchdog", "POST", "/api/runbook/deliveries/retry", "oncall", "customer");
    }
}
