package com.mangaassist.localaws.redis;

import static com.mangaassist.localaws.StandInTesting.assertCloseStopsIt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RedisStandInIntegrationTest {

    private static final RedisStandIn redis = new RedisStandIn();
    private static RedisClient client;

    @BeforeAll
    static void startRedis() {
        redis.start();
        client = RedisClient.create(redis.endpoint().toString());
    }

    @AfterAll
    static void stopRedis() {
        if (client != null) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
        redis.close();
    }

    @Test
    void theEndpointIsARedisUriOnLoopback() {
        assertThat(redis.name()).isEqualTo("redis");
        assertThat(redis.endpoint().getScheme()).isEqualTo("redis");
        assertThat(redis.endpoint().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void aValueSetIsReadBack() {
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().set("session:s-1", "connected");

            assertThat(connection.sync().get("session:s-1")).isEqualTo("connected");
        }
    }

    @Test
    void aPublishedMessageReachesASubscriber() {
        List<String> received = new CopyOnWriteArrayList<>();
        try (StatefulRedisPubSubConnection<String, String> subscriber = client.connectPubSub();
                StatefulRedisConnection<String, String> publisher = client.connect()) {
            subscriber.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String channel, String message) {
                    received.add(channel + ":" + message);
                }
            });
            subscriber.sync().subscribe("deliveries");

            long receivers = publisher.sync().publish("deliveries", "m-1 answered");

            assertThat(receivers).isEqualTo(1);
            await().atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(received).containsExactly("deliveries:m-1 answered"));
        }
    }

    @Test
    void withoutRedisServerTheStandInFailsAtOnceSayingHowToInstallIt() {
        RedisStandIn missing = new RedisStandIn("no-such-redis-server-for-local-aws");

        assertThatThrownBy(missing::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-redis-server-for-local-aws")
                .hasMessageContaining("apt-get install -y redis-server")
                .hasMessageContaining("brew install redis");
    }

    @Test
    void afterCloseRedisServerIsGoneAndThePortIsFree() {
        RedisStandIn another = new RedisStandIn();
        another.start();
        List<ProcessHandle> processes = another.processTree();
        assertThat(processes)
                .anySatisfy(process -> assertThat(process.info().command())
                        .hasValueSatisfying(command -> assertThat(command).contains("redis")));

        assertCloseStopsIt(another, processes);
    }
}
