package com.mangaassist.orchestrator.governed.adapter.in.redis;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Change notifications on one Redis pub/sub channel, published by the threshold service after it writes.
 * The message names what changed (a topic code, a prompt id) or is {@value #EVERYTHING} for everything;
 * surrounding whitespace is ignored and an empty message counts as {@value #EVERYTHING}. Once
 * {@link #subscribe subscribed}, every message heard is handed at once to the handler (a cache's
 * invalidation). Pub/sub is fire-and-forget: messages published while this instance is disconnected are
 * lost, so the cache's expiry bounds how long a missed change goes unseen.
 */
public final class RedisChangeNotifications implements MessageListener {

    /** The message meaning "everything on this channel changed". */
    public static final String EVERYTHING = "*";

    private final ChannelTopic channel;
    private final Consumer<String> onChanged;
    private final Runnable onEverythingChanged;

    /**
     * @param channel the pub/sub channel
     * @param onChanged told the key a message names
     * @param onEverythingChanged told of a {@value #EVERYTHING} (or empty) message
     */
    public RedisChangeNotifications(String channel, Consumer<String> onChanged, Runnable onEverythingChanged) {
        this.channel = ChannelTopic.of(Objects.requireNonNull(channel, "channel"));
        this.onChanged = Objects.requireNonNull(onChanged, "onChanged");
        this.onEverythingChanged = Objects.requireNonNull(onEverythingChanged, "onEverythingChanged");
    }

    /** Registers this listener for its channel with {@code container}. */
    public void subscribe(RedisMessageListenerContainer container) {
        container.addMessageListener(this, channel);
    }

    /** Tells the handler everything on this channel changed, as a {@value #EVERYTHING} message would. */
    public void everythingChanged() {
        onEverythingChanged.run();
    }

    public String channel() {
        return channel.getTopic();
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        String body = new String(message.getBody(), StandardCharsets.UTF_8).strip();
        if (body.isEmpty() || EVERYTHING.equals(body)) {
            onEverythingChanged.run();
        } else {
            onChanged.accept(body);
        }
    }
}
