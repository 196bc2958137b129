package com.mangaassist.orchestrator.governed.adapter.in.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mangaassist.localaws.LocalAwsEndpoints;
import com.mangaassist.localaws.junit.LocalAwsExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/** The subscription starts off the start-up path: Redis down delays it, never fails the start. */
@ExtendWith(LocalAwsExtension.class)
class ChangeNotificationSubscriptionIntegrationTest {

    @Test
    void redisUnreachableAtStartDoesNotFailTheStartAndNothingIsHeard() throws IOException {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        LettuceConnectionFactory connections = connections("127.0.0.1", deadPort);
        AtomicInteger everything = new AtomicInteger();
        RedisMessageListenerContainer container = container(connections);
        RedisChangeNotifications channel =
                new RedisChangeNotifications("mangaassist:test:dead", key -> {}, everything::incrementAndGet);
        channel.subscribe(container);
        ChangeNotificationSubscription subscription =
                new ChangeNotificationSubscription(container, List.of(channel), Duration.ofMillis(200));
        try {
            subscription.start();

            assertThat(subscription.isRunning()).isTrue();
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> !subscription.subscribed());
            assertThat(everything).hasValue(0);
        } finally {
            subscription.stop();
            connections.destroy();
        }
        assertThat(subscription.isRunning()).isFalse();
    }

    @Test
    void onceSubscribedEveryChannelIsToldEverythingChangedAndHearsMessages(LocalAwsEndpoints endpoints) {
        URI redis = endpoints.redis();
        LettuceConnectionFactory connections = connections(redis.getHost(), redis.getPort());
        AtomicInteger everything = new AtomicInteger();
        List<String> heard = new CopyOnWriteArrayList<>();
        RedisMessageListenerContainer container = container(connections);
        RedisChangeNotifications channel =
                new RedisChangeNotifications("mangaassist:test:live", heard::add, everything::incrementAndGet);
        channel.subscribe(container);
        ChangeNotificationSubscription subscription =
                new ChangeNotificationSubscription(container, List.of(channel), Duration.ofMillis(200));
        try {
            subscription.start();
            await().atMost(Duration.ofSeconds(10)).until(subscription::subscribed);
            assertThat(everything).as("missed changes picked up at once").hasValue(1);

            StringRedisTemplate redisTemplate = new StringRedisTemplate(connections);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                redisTemplate.convertAndSend("mangaassist:test:live", "legal");
                assertThat(heard).contains("legal");
            });
        } finally {
            subscription.stop();
            connections.destroy();
        }
    }

    @Test
    void refusesAContainerThatWouldStartByItself() {
        RedisMessageListenerContainer autoStarting = new RedisMessageListenerContainer();

        assertThatThrownBy(() -> new ChangeNotificationSubscription(autoStarting, List.of(), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static LettuceConnectionFactory connections(String host, int port) {
        LettuceConnectionFactory connections = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration(host, port),
                LettuceClientConfiguration.builder()
                        .commandTimeout(Duration.ofMillis(500))
                        .build());
        connections.afterPropertiesSet();
        connections.start();
        return connections;
    }

    private static RedisMessageListenerContainer container(LettuceConnectionFactory connections) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        container.setAutoStartup(false);
        container.afterPropertiesSet();
        return container;
    }
}
