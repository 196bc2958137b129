package com.mangaassist.feedback.intake.adapter.out.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class FeedbackCursorTest {

    @Test
    void aCursorGivesBackTheKeyItWasMadeFrom() {
        Map<String, AttributeValue> key = Map.of(
                "feedback_id", AttributeValue.fromS("fb-1"),
                "day", AttributeValue.fromS("2026-12-04"),
                "created_at", AttributeValue.fromS("2026-12-04T05:00:00.000Z"));

        assertThat(DynamoDbFeedbackStore.decode(DynamoDbFeedbackStore.encode(key)))
                .isEqualTo(key);
    }

    @Test
    void somethingThatIsNotACursorIsRefusedAsInvalidInput() {
        assertThatThrownBy(() -> DynamoDbFeedbackStore.decode("no-separator"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a cursor");
        assertThatThrownBy(() -> DynamoDbFeedbackStore.decode("!!!.???"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a cursor");
    }
}
