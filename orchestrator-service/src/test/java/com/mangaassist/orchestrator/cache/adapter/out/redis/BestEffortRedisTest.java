package com.mangaassist.orchestrator.cache.adapter.out.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** A Redis that is not there: reads miss, writes are skipped, nothing throws, and the circuit opens. */
class BestEffortRedisTest {

    private LettuceConnectionFactory factory;

    @AfterEach
    void close() {
        if (factory != null) {
            factory.destroy();
        }
    }

    @Test
    void withoutRedisEveryCallDegradesToAMissAndTheCircuitOpens() throws IOException {
        BestEffortRedis cache = new BestEffortRedis(template(closedPort()), Duration.ofSeconds(30));

        for (int i = 0; i < 5; i++) {
            assertThat(cache.get("mangaassist:connection:c-" + i)).isEmpty();
            cache.set("mangaassist:connection:c-" + i, "u|s|t|", Duration.ofMinutes(1));
            cache.delete("mangaassist:connection:c-" + i);
        }

        assertThat(cache.bypassed())
                .as("after a run of failures Redis is not asked")
                .isTrue();
        assertThat(cache.get("mangaassist:connection:c-9")).isEmpty();
    }

    private StringRedisTemplate template(int port) {
        factory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", port),
                LettuceClientConfiguration.builder()
                        .commandTimeout(Duration.ofMillis(250))
                        .build());
        factory.afterPropertiesSet();
        return new StringRedisTemplate(factory);
    }

    /** A port nobody listens on: bound, then released. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
