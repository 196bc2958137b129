package com.mangaassist.reviewqueue.stats.adapter.out.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.resources.SortableTime;
import com.mangaassist.model.review.ReviewSignalAttributes;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.reviewqueue.stats.adapter.in.metrics.QueueMetrics;
import com.mangaassist.reviewqueue.stats.domain.QueueStats;
import com.mangaassist.reviewqueue.task.application.TaskIntake;
import com.mangaassist.reviewqueue.testing.Requests;
import com.mangaassist.reviewqueue.testing.ReviewQueueSpringTest;
import com.mangaassist.reviewqueue.testing.TestWiring;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.json.JsonMapper;

/** The stats refresh writes this instance's snapshot to {@code review-signals} on the local stack. */
@Import({TestWiring.class, TestWiring.FakeWorkflow.class})
@TestPropertySource(
        properties = {
            "mangaassist.review.jobs.enabled=false",
            "mangaassist.review.intake.enabled=false",
            "mangaassist.review.stats.signal-ttl=10m"
        })
class DynamoDbSignalPublisherIntegrationTest extends ReviewQueueSpringTest {

    @Autowired
    QueueMetrics metrics;

    @Autowired
    TaskIntake intake;

    @Autowired
    MutableClock clock;

    @Autowired
    DynamoDbClient dynamoDb;

    @Autowired
    JsonMapper json;

    List<Map<String, AttributeValue>> signalItems() {
        return dynamoDb.scan(
                        b -> b.tableName(names.table(Resources.REVIEW_SIGNALS)).consistentRead(true))
                .items();
    }

    @Test
    void aRefreshStoresTheSnapshotAsTheStatsEndpointServesIt() {
        intake.accept(Requests.review("sig-p1", Priority.P1, clock.instant().minusSeconds(70)));
        intake.accept(Requests.review("sig-p3", Priority.P3, clock.instant().minusSeconds(20)));

        QueueStats stats = metrics.refresh();
        HttpResponse<String> endpoint = get("/api/reviews/stats", "oncall-1", "oncall");

        List<Map<String, AttributeValue>> items = signalItems();
        assertThat(items).hasSize(1);
        Map<String, AttributeValue> item = items.get(0);
        assertThat(item.get(ReviewSignalAttributes.INSTANCE_ID).s()).startsWith("review-queue-");
        assertThat(item.get(ReviewSignalAttributes.AT).s()).isEqualTo(SortableTime.format(stats.at()));
        assertThat(Long.parseLong(item.get(ReviewSignalAttributes.EXPIRES_AT).n()))
                .isEqualTo(stats.at().plus(Duration.ofMinutes(10)).getEpochSecond());
        String snapshot = item.get(ReviewSignalAttributes.SNAPSHOT).s();
        QueueStats parsed = json.readValue(snapshot, QueueStats.class);
        assertThat(parsed).isEqualTo(stats);
        // the threshold service reads `at` as an ISO-8601 string and the counts as whole numbers
        assertThat(json.readTree(snapshot).get("at").isString()).isTrue();
        assertThat(Instant.parse(json.readTree(snapshot).get("at").asString())).isEqualTo(stats.at());
        assertThat(json.readTree(snapshot).at("/perPriority/P1/depth").isIntegralNumber())
                .isTrue();
        assertThat(parsed.perPriority().get(Priority.P1).oldestAgeSeconds()).isEqualTo(70);
        assertThat(parsed.perPriority().get(Priority.P1).waitingPastSla()).isEqualTo(1);
        assertThat(endpoint.statusCode()).isEqualTo(200);
        assertThat(json.readTree(snapshot)).isEqualTo(json.readTree(endpoint.body()));
    }

    @Test
    void eachRefreshReplacesThisInstancesItem() {
        metrics.refresh();
        String instance =
                signalItems().get(0).get(ReviewSignalAttributes.INSTANCE_ID).s();
        clock.advance(Duration.ofSeconds(15));
        Instant later = clock.instant();

        metrics.refresh();

        List<Map<String, AttributeValue>> items = signalItems();
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get(ReviewSignalAttributes.INSTANCE_ID).s()).isEqualTo(instance);
        assertThat(items.get(0).get(ReviewSignalAttributes.AT).s()).isEqualTo(SortableTime.format(later));
        assertThat(json.readValue(
                                items.get(0)
                                        .get(ReviewSignalAttributes.SNAPSHOT)
                                        .s(),
                                QueueStats.class)
                        .at())
                .isEqualTo(later);
    }
}
