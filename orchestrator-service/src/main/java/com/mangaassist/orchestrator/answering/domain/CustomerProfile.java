package com.mangaassist.orchestrator.answering.domain;

import java.util.Objects;
import java.util.Optional;

/** What routing and delivery need to know about a customer. Unknown customers are neither VIP nor buyers. */
public record CustomerProfile(String userId, boolean vip, boolean hasPurchaseHistory, Optional<String> email) {

    public CustomerProfile {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(email, "email");
    }

    public static CustomerProfile unknown(String userId) {
        return new CustomerProfile(userId, false, false, Optional.empty());
    }
}
