package com.mangaassist.orchestrator.routing.adapter.out.redis;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.domain.ThresholdAnnouncer;
import com.mangaassist.orchestrator.routing.domain.ThresholdsChanged;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Threshold changes over one Redis pub/sub channel. The message is a topic code ({@code refund}) or
 * {@value #ALL_TOPICS} for every topic. {@link #announce} publishes; once {@link #subscribe subscribed},
 * every message heard is handed to the change handler at once (typically a cache's invalidation). A
 * message that names no known topic is logged at WARN and treated as {@value #ALL_TOPICS}: dropping
 * every cached copy is always safe. Messages published while this instance is disconnected are lost;
 * the cache's expiry bounds how long a missed change goes unseen.
 */
public final class RedisThresholdInvalidation implements ThresholdAnnouncer, MessageListener {

    /** The message meaning "every topic changed". */
    public static final String ALL_TOPICS = "*";

    private static final Logger log = LoggerFactory.getLogger(RedisThresholdInvalidation.class);

    private final StringRedisTemplate redis;
    private final ChannelTopic channel;
    private final Consumer<ThresholdsChanged> onChange;

    public RedisThresholdInvalidation(StringRedisTemplate redis, String channel, Consumer<ThresholdsChanged> onChange) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.channel = ChannelTopic.of(Objects.requireNonNull(channel, "channel"));
        this.onChange = Objects.requireNonNull(onChange, "onChange");
    }

    /** Registers this listener for the channel with {@code container}. */
    public void subscribe(RedisMessageListenerContainer container) {
        container.addMessageListener(this, channel);
    }

    @Override
    public void announce(ThresholdsChanged change) {
        redis.convertAndSend(
                channel.getTopic(), change.topic().map(TopicCategory::code).orElse(ALL_TOPICS));
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        onChange.accept(parse(new String(message.getBody(), StandardCharsets.UTF_8).strip()));
    }

    private ThresholdsChanged parse(String body) {
        if (ALL_TOPICS.equals(body)) {
            return ThresholdsChanged.all();
        }
        return TopicCategory.fromCode(body).map(ThresholdsChanged::of).orElseGet(() -> {
            log.warn("Unknown topic '{}' on {}: invalidating the thresholds of every topic", body, channel.getTopic());
            return ThresholdsChanged.all();
        });
    }
}
