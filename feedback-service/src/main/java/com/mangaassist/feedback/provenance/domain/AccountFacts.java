package com.mangaassist.feedback.provenance.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What the account service knows of a customer that provenance uses. Unknown customers have neither. */
public record AccountFacts(String userId, boolean hasPurchaseHistory, Optional<Instant> createdAt) {

    public AccountFacts {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static AccountFacts unknown(String userId) {
        return new AccountFacts(userId, false, Optional.empty());
    }
}
