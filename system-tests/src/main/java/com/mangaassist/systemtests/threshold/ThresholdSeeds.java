package com.mangaassist.systemtests.threshold;

import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.resources.SortableTime;
import com.mangaassist.model.review.ReviewSignalAttributes;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.model.routing.TurnStatsAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes what change control reads, in the layouts the services write them: hourly confidence histograms
 * ({@code confidence-histograms}, as the orchestrators' turn statistics would have) and a review-service
 * snapshot ({@code review-signals}, as review-queue-service's stats refresh would have).
 */
public final class ThresholdSeeds {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH");

    private final DynamoDbClient dynamoDb;
    private final String prefix;

    public ThresholdSeeds(DynamoDbClient dynamoDb, String prefix) {
        this.dynamoDb = dynamoDb;
        this.prefix = prefix;
    }

    /**
     * Scenario 3's week: {@code messagesPerDay} spread evenly over {@code categories} and the {@code hours}
     * whole hours before {@code now}; per category-hour 12 % of turns between 0.560 and 0.789 (below every
     * catalog category's auto-respond minimum, above review), 33 % between 0.900 and 0.949, 55 % between
     * 0.950 and 0.999. So 12 % escalate at today's thresholds and 45 % at 0.95. Returns the turns written.
     */
    public long scenarioThreeHistory(List<TopicCategory> categories, long messagesPerDay, int hours, Instant now) {
        long perCategoryHour = messagesPerDay / 24 / categories.size();
        long low = Math.round(perCategoryHour * 0.12);
        long middle = Math.round(perCategoryHour * 0.33);
        long high = perCategoryHour - low - middle;
        Map<Integer, Long> bins = new LinkedHashMap<>();
        spread(bins, low, 560, 789);
        spread(bins, middle, 900, 949);
        spread(bins, high, 950, 999);
        Instant thisHour = now.truncatedTo(ChronoUnit.HOURS);
        List<WriteRequest> batch = new ArrayList<>();
        long written = 0;
        for (TopicCategory category : categories) {
            for (int h = 1; h <= hours; h++) {
                Map<String, AttributeValue> item = new HashMap<>();
                item.put(TurnStatsAttributes.CATEGORY, AttributeValue.fromS(category.code()));
                item.put(
                        TurnStatsAttributes.HOUR,
                        AttributeValue.fromS(
                                HOUR.format(thisHour.minus(Duration.ofHours(h)).atOffset(ZoneOffset.UTC))));
                bins.forEach((bin, count) -> item.put(TurnStatsAttributes.bin(bin), n(count)));
                item.put(TurnStatsAttributes.TOTAL, n(perCategoryHour));
                batch.add(WriteRequest.builder()
                        .putRequest(PutRequest.builder().item(item).build())
                        .build());
                written += perCategoryHour;
                if (batch.size() == 25) {
                    flush(batch);
                }
            }
        }
        flush(batch);
        return written;
    }

    /**
     * A review-service snapshot for an instance of its own: {@code reviewers} active reviewers deciding
     * {@code perReviewerPerHour} each, an empty queue, taken at {@code at}. The threshold service merges it
     * with the live instances' snapshots; the freshest one gives the reviewer count.
     */
    public void reviewCapacity(String instanceId, int reviewers, double perReviewerPerHour, Instant at) {
        StringBuilder throughput = new StringBuilder();
        for (int i = 0; i < reviewers; i++) {
            throughput
                    .append(i == 0 ? "" : ",")
                    .append(String.format(Locale.ROOT, "\"%s-r%d\":%.1f", instanceId, i, perReviewerPerHour));
        }
        String empty = "{\"depth\":0,\"claimed\":0,\"oldestAgeSeconds\":0,\"waitingPastSla\":0,\"slaBreachRate\":0.0,"
                + "\"arrivalsPerMinute\":0.0,\"completionsPerMinute\":0.0}";
        String snapshot = "{\"at\":\"" + at + "\",\"windowSeconds\":300,\"depth\":0,\"perPriority\":{\"P1\":" + empty
                + ",\"P2\":" + empty + ",\"P3\":" + empty + ",\"P4\":" + empty + "},\"arrivalsPerMinute\":0.0,"
                + "\"completionsPerMinute\":0.0,\"activeReviewers\":" + reviewers + ",\"minimumStaffing\":3,"
                + "\"belowMinimumStaffing\":false,\"throughputPerReviewerPerHour\":{" + throughput
                + "},\"approvedUnchangedRate\":0.92}";
        dynamoDb.putItem(b -> b.tableName(Resources.REVIEW_SIGNALS.physicalName(prefix))
                .item(Map.of(
                        ReviewSignalAttributes.INSTANCE_ID, AttributeValue.fromS(instanceId),
                        ReviewSignalAttributes.AT, AttributeValue.fromS(SortableTime.format(at)),
                        ReviewSignalAttributes.SNAPSHOT, AttributeValue.fromS(snapshot),
                        ReviewSignalAttributes.EXPIRES_AT,
                                n(at.plus(Duration.ofMinutes(10)).getEpochSecond()))));
    }

    private void flush(List<WriteRequest> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, List<WriteRequest>> pending =
                Map.of(Resources.CONFIDENCE_HISTOGRAMS.physicalName(prefix), List.copyOf(batch));
        while (!pending.isEmpty()) {
            Map<String, List<WriteRequest>> request = pending;
            pending = dynamoDb.batchWriteItem(b -> b.requestItems(request)).unprocessedItems();
        }
        batch.clear();
    }

    private static void spread(Map<Integer, Long> bins, long count, int fromBin, int toBin) {
        int width = toBin - fromBin + 1;
        for (int i = 0; i < width; i++) {
            long share = count / width + (i < count % width ? 1 : 0);
            if (share > 0) {
                bins.merge(fromBin + i, share, Long::sum);
            }
        }
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }
}
