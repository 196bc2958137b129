package com.mangaassist.orchestrator.routing.adapter.out.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.domain.ThresholdsChanged;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.DefaultMessage;
import org.springframework.data.redis.core.StringRedisTemplate;

class RedisThresholdInvalidationTest {

    private static final String CHANNEL = "mangaassist:thresholds:changed";

    private final List<ThresholdsChanged> heard = new ArrayList<>();
    private final RedisThresholdInvalidation invalidation =
            new RedisThresholdInvalidation(new StringRedisTemplate(), CHANNEL, heard::add);

    @Test
    void aTopicCodeInvalidatesThatTopic() {
        receive("refund");

        assertThat(heard).containsExactly(ThresholdsChanged.of(TopicCategory.REFUND));
    }

    @Test
    void anAsteriskInvalidatesEveryTopic() {
        receive("*");

        assertThat(heard).containsExactly(ThresholdsChanged.all());
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        receive(" rare_manga\n");

        assertThat(heard).containsExactly(ThresholdsChanged.of(TopicCategory.RARE_MANGA));
    }

    @Test
    void anUnknownTopicInvalidatesEveryTopicToBeSafe() {
        receive("REFUND-ish");

        assertThat(heard).containsExactly(ThresholdsChanged.all());
    }

    private void receive(String body) {
        invalidation.onMessage(
                new DefaultMessage(CHANNEL.getBytes(StandardCharsets.UTF_8), body.getBytes(StandardCharsets.UTF_8)),
                null);
    }
}
