package com.mangaassist.feedback.provenance.adapter.out.dynamodb;

import com.mangaassist.feedback.provenance.domain.AccountFacts;
import com.mangaassist.model.resources.SortableTime;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The {@code customer-profiles} item as provenance reads it: {@code has_purchase_history} (BOOL) and {@code
 * account_created_at} (ISO-8601 instant), both written by the account service's side. No item, or a missing
 * or unreadable creation time, is an unknown age.
 */
public final class ProfileItems {

    private ProfileItems() {}

    public static AccountFacts facts(String userId, Map<String, AttributeValue> item) {
        if (item == null || item.isEmpty()) {
            return AccountFacts.unknown(userId);
        }
        AttributeValue purchases = item.get("has_purchase_history");
        return new AccountFacts(
                userId,
                purchases != null && Boolean.TRUE.equals(purchases.bool()),
                createdAt(item.get("account_created_at")));
    }

    private static Optional<Instant> createdAt(AttributeValue value) {
        if (value == null || value.s() == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(SortableTime.parse(value.s()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
