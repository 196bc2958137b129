package com.mangaassist.reviewqueue.testing;

import com.mangaassist.model.review.ReviewRequest;
import com.mangaassist.model.review.ReviewRequestKind;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Instant;

/** Review requests as the state machine and the orchestrator send them. */
public final class Requests {

    private Requests() {}

    public static ReviewRequest review(String messageId, Priority priority, Instant createdAt) {
        return review(messageId, priority, TopicCategory.GENERAL, 0.6, createdAt, 300);
    }

    public static ReviewRequest review(String messageId, Priority priority, Instant createdAt, long timeoutSeconds) {
        return review(messageId, priority, TopicCategory.GENERAL, 0.6, createdAt, timeoutSeconds);
    }

    public static ReviewRequest review(
            String messageId,
            Priority priority,
            TopicCategory topic,
            double confidence,
            Instant createdAt,
            long timeoutSeconds) {
        return new ReviewRequest(
                ReviewRequestKind.REVIEW,
                "token-" + messageId,
                messageId,
                "s-" + messageId,
                "u-" + messageId,
                priority,
                topic,
                confidence,
                confidence - 0.05,
                "ワンピースの最新巻は在庫ありますか？",
                "Draft answer for " + messageId,
                "ja",
                createdAt.toString(),
                timeoutSeconds);
    }

    public static ReviewRequest handoff(String messageId, Priority priority, Instant createdAt) {
        return new ReviewRequest(
                ReviewRequestKind.HANDOFF,
                null,
                messageId,
                "s-" + messageId,
                "u-" + messageId,
                priority,
                TopicCategory.COMPLAINT,
                0.2,
                0.2,
                "I want to complain",
                "Draft",
                "en",
                createdAt.toString(),
                null);
    }
}
