package com.mangaassist.reviewqueue;

import com.mangaassist.common.testing.ServiceSecurityContract;

class ReviewQueueSecurityIntegrationTest extends ServiceSecurityContract {

    ReviewQueueSecurityIntegrationTest() {
        super("review-queue-service", "GET", "/api/reviews", "reviewer", "customer");
    }
}
