package com.mangaassist.feedback.intake.adapter.out.dynamodb;

import com.mangaassist.feedback.runbook.domain.QuarantineScope;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The {@code feedback-quarantines} items as intake reads them: {@code subject} = {@code account:<userId>} or
 * {@code session:<sessionId>}, {@code active} (BOOL), {@code reason}. Read together with a signal's other
 * context by {@link DynamoDbSignalContexts}; written by the quarantine runbook.
 */
public final class QuarantineItems {

    private QuarantineItems() {}

    public static String accountSubject(String userId) {
        return QuarantineScope.ACCOUNT.subject(userId);
    }

    public static String sessionSubject(String sessionId) {
        return QuarantineScope.SESSION.subject(sessionId);
    }

    /** The reason of the first active quarantine among {@code items} (by reason, for a stable answer). */
    public static Optional<String> inForce(List<Map<String, AttributeValue>> items) {
        return items.stream()
                .filter(item -> item.containsKey("active")
                        && Boolean.TRUE.equals(item.get("active").bool()))
                .map(item -> item.containsKey("reason") ? item.get("reason").s() : "quarantined")
                .sorted()
                .findFirst();
    }
}
