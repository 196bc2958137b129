package com.mangaassist.delivery.promise.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.testing.LocalApi;
import com.mangaassist.delivery.promise.adapter.out.dynamodb.DynamoDbJobLease;
import com.mangaassist.delivery.promise.application.JobLease;
import com.mangaassist.delivery.promise.domain.DeliveryPromises.SettledAs;
import com.mangaassist.delivery.testing.DeliveryStackTest;
import com.mangaassist.model.resources.Resources;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/deliveries/stats} over promises in every state: pending, overdue, stuck (past due by more than two
 * watchdog intervals), kept in the last hour by delivery or fallback; and the watchdog heartbeat, stale until the
 * watchdog runs. The test clock jumps far ahead first, so the other tests' promises in the shared table are outside
 * every window.
 */
class DeliveryStatsIntegrationTest extends DeliveryStackTest {

    @LocalServerPort
    private int port;

    @Test
    void promisesByStateAndTheWatchdogHeartbeat() {
        clock.advance(Duration.ofDays(400));
        Instant now = clock.instant();
        createdAt(now.minus(Duration.ofMinutes(20)), "m-delivered", SettledAs.DELIVERED_WEBSOCKET);
        createdAt(now.minus(Duration.ofMinutes(25)), "m-fallback", SettledAs.FALLBACK_INBOX);
        createdAt(now.minus(Duration.ofMinutes(15)), "m-stuck", null); // due 10 min ago
        createdAt(now.minus(Duration.ofMinutes(5)).minusSeconds(30), "m-overdue", null); // due 30 s ago
        createdAt(now, "m-waiting", null); // due in 5 min
        createdAt(now.minus(Duration.ofHours(3)), "m-old", SettledAs.DELIVERED_WEBSOCKET); // outside the hour
        clock.set(now);

        JsonNode stats = stats();

        assertThat(stats.get("pending").asLong()).isEqualTo(3);
        assertThat(stats.get("overdue").asLong()).isEqualTo(2);
        assertThat(stats.get("stuck").asLong()).isEqualTo(1);
        assertThat(stats.get("deliveredLastHour").asLong()).isEqualTo(1);
        assertThat(stats.get("fallbackLastHour").asLong()).isEqualTo(1);
        assertThat(stats.get("truncated").asBoolean()).isFalse();
        assertThat(stats.get("watchdog").get("stale").asBoolean()).isTrue();
        assertThat(stats.get("watchdog").get("interval").asString()).isEqualTo("PT1M");

        watchdog.run();

        JsonNode after = stats();
        assertThat(after.get("watchdog").get("stale").asBoolean()).isFalse();
        assertThat(Instant.parse(after.get("watchdog").get("lastRunAt").asString()))
                .isEqualTo(now.truncatedTo(ChronoUnit.MILLIS));
        // the run kept the two overdue promises with the delayed answer
        assertThat(after.get("overdue").asLong()).isZero();
        assertThat(after.get("pending").asLong()).isEqualTo(1);
        assertThat(after.get("fallbackLastHour").asLong()).isEqualTo(3);
    }

    @Test
    void onlyACompletedRunStampsTheHeartbeatOnTheLeaseItem() {
        DynamoDbJobLease lease = new DynamoDbJobLease(dynamoDb, names.table(Resources.LOCKS), "test-runner");
        String job = newId("job");
        Instant start = Instant.parse("2026-01-02T03:04:05.678Z");
        JobLease.Held held = lease.acquire(job, start, start.plusSeconds(55)).orElseThrow();
        lease.release(held, start.plusSeconds(5));
        assertThat(lease.lastCompletedAt(job)).isEmpty();

        Instant later = start.plusSeconds(60);
        JobLease.Held again = lease.acquire(job, later, later.plusSeconds(55)).orElseThrow();
        lease.releaseCompleted(again, later.plusSeconds(5), later.plusSeconds(2));
        assertThat(lease.lastCompletedAt(job)).contains(later.plusSeconds(2));
    }

    @Test
    void onlyOnCallReadsThem() {
        LocalApi api = new LocalApi(port);
        assertThat(api.call("GET", "/api/deliveries/stats", null, "c-1", "customer")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.call("GET", "/api/deliveries/stats", null, "r-1", "reviewer")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api.call("GET", "/api/deliveries/stats", null, null).statusCode())
                .isEqualTo(401);
    }

    private void createdAt(Instant created, String prefix, SettledAs settled) {
        clock.set(created);
        String messageId = newId(prefix);
        promise(messageId, newId("u"), "gone-connection", "Draft.");
        if (settled != null) {
            assertThat(promises.settle(messageId, settled, created)).isTrue();
        }
    }

    private JsonNode stats() {
        HttpResponse<String> response = new LocalApi(port).call("GET", "/api/deliveries/stats", null, "oc-1", "oncall");
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }
}
