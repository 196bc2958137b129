package com.mangaassist.orchestrator.governed.adapter.in.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.DefaultMessage;

class RedisChangeNotificationsTest {

    private static final String CHANNEL = "mangaassist:prompts:changed";

    private final List<String> heard = new ArrayList<>();
    private final RedisChangeNotifications notifications =
            new RedisChangeNotifications(CHANNEL, heard::add, () -> heard.add("<everything>"));

    @Test
    void aKeyIsHandedOverAsItIs() {
        receive("answering-system");

        assertThat(heard).containsExactly("answering-system");
    }

    @Test
    void anAsteriskMeansEverything() {
        receive("*");

        assertThat(heard).containsExactly("<everything>");
    }

    @Test
    void surroundingWhitespaceIsIgnoredAndAnEmptyMessageMeansEverything() {
        receive(" rare_manga\n");
        receive("  ");

        assertThat(heard).containsExactly("rare_manga", "<everything>");
    }

    private void receive(String body) {
        notifications.onMessage(
                new DefaultMessage(CHANNEL.getBytes(StandardCharsets.UTF_8), body.getBytes(StandardCharsets.UTF_8)),
                null);
    }
}
