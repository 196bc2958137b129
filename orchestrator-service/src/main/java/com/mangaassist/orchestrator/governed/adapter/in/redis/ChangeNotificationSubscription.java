package com.mangaassist.orchestrator.governed.adapter.in.redis;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Starts the change-notification listener container off the start-up path and keeps trying until Redis takes
 * the subscription. Notifications only shorten how long a cache serves a changed value (its expiry bounds it),
 * so an orchestrator whose Redis is down or slow at start-up starts anyway and answers turns — found by the
 * chaos soak, where a restart during a Redis brown-out failed the whole context on "Connection initialization
 * timed out". Once subscribed, every channel is told that everything changed: whatever was published while
 * nobody listened is picked up at once instead of at expiry.
 */
public final class ChangeNotificationSubscription implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeNotificationSubscription.class);

    private final RedisMessageListenerContainer container;
    private final List<RedisChangeNotifications> notifications;
    private final Duration retry;
    private ScheduledExecutorService starter;
    private volatile boolean caughtUp;

    /** {@code container} must not start by itself ({@code setAutoStartup(false)}): this starts it. */
    public ChangeNotificationSubscription(
            RedisMessageListenerContainer container, List<RedisChangeNotifications> notifications, Duration retry) {
        this.container = Objects.requireNonNull(container, "container");
        this.notifications = List.copyOf(notifications);
        this.retry = Objects.requireNonNull(retry, "retry");
        if (container.isAutoStartup()) {
            throw new IllegalArgumentException("the container must not start by itself");
        }
    }

    @Override
    public synchronized void start() {
        starter = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "change-notifications-subscribe");
            thread.setDaemon(true);
            return thread;
        });
        starter.execute(this::subscribe);
    }

    private void subscribe() {
        String failure;
        try {
            container.start();
            if (awaitListening()) {
                notifications.forEach(RedisChangeNotifications::everythingChanged);
                caughtUp = true;
                LOG.info("subscribed to change notifications on {} channel(s)", notifications.size());
                return;
            }
            failure = "no subscription within " + retry;
            container.stop();
        } catch (RuntimeException e) {
            failure = e.getMessage();
        }
        // Redis down or slow: caches expire by themselves meanwhile; try again
        LOG.warn("change notifications not subscribed yet ({}); retrying in {}", failure, retry);
        synchronized (this) {
            if (starter != null) {
                starter.schedule(this::subscribe, retry.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private boolean awaitListening() {
        long deadline = System.nanoTime()
                + Math.max(retry.toNanos(), Duration.ofSeconds(1).toNanos());
        while (!container.isListening()) {
            if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
                return false;
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        return true;
    }

    @Override
    public synchronized void stop() {
        if (starter != null) {
            starter.shutdownNow();
            starter = null;
        }
        caughtUp = false;
        container.stop();
    }

    @Override
    public synchronized boolean isRunning() {
        return starter != null;
    }

    /**
     * Whether the container holds its subscriptions and every channel has been told, once, that everything
     * changed: from then on a cached value only changes by a notification or its expiry (for health and
     * tests that drive the clock).
     */
    public boolean subscribed() {
        return caughtUp && container.isListening();
    }
}
