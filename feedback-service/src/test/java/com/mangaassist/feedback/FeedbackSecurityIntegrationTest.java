package com.mangaassist.feedback;

import com.mangaassist.common.testing.ServiceSecurityContract;

class FeedbackSecurityIntegrationTest extends ServiceSecurityContract {

    FeedbackSecurityIntegrationTest() {
        super("feedback-service", "POST", "/api/feedback", "customer", "reviewer");
    }
}
