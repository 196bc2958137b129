package com.mangaassist.reviewqueue;

import com.mangaassist.common.testing.ServiceSecurityContract;

class ReviewQueueSecurityIntegrationTest extends ServiceSecurityContract {

    ReviewQueueSecurityIntegrationTest() {
        super("GET", "/api/reviews", "reviewer", "customer");
    }
}
