package com.mangaassist.orchestrator.cache.adapter.in.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.orchestrator.cache.adapter.out.redis.BestEffortRedis;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Issue 14: the redisCache component says the caches are bypassed when Redis is gone, yet stays UP. */
class RedisCacheHealthTest {

    private LettuceConnectionFactory factory;

    @AfterEach
    void close() {
        if (factory != null) {
            factory.destroy();
        }
    }

    @Test
    void redisGoneIsReportedAsBypassedWhileTheComponentStaysUp() throws IOException {
        BestEffortRedis cache = new BestEffortRedis(template(closedPort()));
        RedisCacheHealth health = new RedisCacheHealth(cache);
        assertThat(health.health().getDetails()).containsEntry("redis", "in use");

        for (int i = 0; i < 5; i++) {
            cache.get("mangaassist:connection:c-" + i);
        }

        Health degraded = health.health();
        assertThat(degraded.getStatus()).isEqualTo(Status.UP);
        assertThat((String) degraded.getDetails().get("redis")).startsWith("bypassed");
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

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
