package com.mangaassist.threshold.configuration.adapter.out.redis;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.configuration.domain.ChangeAnnouncer;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Publishes changes on the orchestrators' invalidation channels (docs/THRESHOLDS.md). Best effort: with
 * Redis down the change is stored all the same and the orchestrators' caches expire it in (at most) their
 * TTL, so a failure is logged and counted, never thrown at the writer.
 */
public final class RedisChangeAnnouncer implements ChangeAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(RedisChangeAnnouncer.class);

    private final StringRedisTemplate redis;
    private final String thresholdsChannel;
    private final String promptsChannel;
    private final Runnable onFailure;

    public RedisChangeAnnouncer(
            StringRedisTemplate redis, String thresholdsChannel, String promptsChannel, Runnable onFailure) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.thresholdsChannel = Objects.requireNonNull(thresholdsChannel, "thresholdsChannel");
        this.promptsChannel = Objects.requireNonNull(promptsChannel, "promptsChannel");
        this.onFailure = Objects.requireNonNull(onFailure, "onFailure");
    }

    @Override
    public void thresholdsChanged(TopicCategory category) {
        publish(thresholdsChannel, category.code());
    }

    @Override
    public void promptChanged(String promptId) {
        publish(promptsChannel, promptId);
    }

    private void publish(String channel, String message) {
        try {
            redis.convertAndSend(channel, message);
        } catch (DataAccessException unreachable) {
            onFailure.run();
            log.warn(
                    "Could not announce '{}' on {}: orchestrators see it when their cache expires ({})",
                    message,
                    channel,
                    unreachable.getMessage());
        }
    }
}
