package com.mangaassist.threshold.signals.adapter.out.dynamodb;

import com.mangaassist.model.resources.SortableTime;
import com.mangaassist.model.review.ReviewSignalAttributes;
import com.mangaassist.threshold.signals.domain.CapacitySignals;
import com.mangaassist.threshold.signals.domain.ReviewSignals;
import com.mangaassist.threshold.signals.domain.ReviewSignalsUnavailableException;
import com.mangaassist.threshold.signals.domain.ReviewSnapshot;
import com.mangaassist.threshold.signals.domain.SignalMerge;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@code review-signals} ({@code ReviewSignalAttributes}): a consistent, paginated scan (one item
 * per review-queue instance, tens at most) of the items whose {@code at} is within the merge's maximum age
 * (by the injected clock), each {@code snapshot} parsed ({@link SnapshotJson}) and the fresh ones merged by
 * {@link SignalMerge}, which judges freshness again by the snapshot's own time.
 *
 * <p>An item that cannot be read (no snapshot, not JSON, a number missing or out of range) is left out,
 * logged at WARN and counted in {@code mangaassist.threshold.signals.corrupt}; it never fails the read.
 */
public final class DynamoDbReviewSignals implements ReviewSignals {

    private static final Logger LOG = LoggerFactory.getLogger(DynamoDbReviewSignals.class);

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final SnapshotJson snapshots;
    private final SignalMerge merge;
    private final Clock clock;
    private final Counter corrupt;

    public DynamoDbReviewSignals(
            DynamoDbClient dynamoDb,
            String table,
            JsonMapper json,
            SignalMerge merge,
            Clock clock,
            MeterRegistry meters) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = Objects.requireNonNull(table, "table");
        this.snapshots = new SnapshotJson(Objects.requireNonNull(json, "json"));
        this.merge = Objects.requireNonNull(merge, "merge");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.corrupt = meters.counter("mangaassist.threshold.signals.corrupt");
    }

    @Override
    public Optional<CapacitySignals> current() {
        Instant now = clock.instant();
        String cutoff = SortableTime.format(now.minus(merge.maxAge()));
        List<ReviewSnapshot> read = new ArrayList<>();
        try {
            for (Map<String, AttributeValue> item : dynamoDb.scanPaginator(b -> b.tableName(table)
                            .consistentRead(true)
                            .filterExpression("#at > :cutoff")
                            .expressionAttributeNames(Map.of("#at", ReviewSignalAttributes.AT))
                            .expressionAttributeValues(Map.of(":cutoff", AttributeValue.fromS(cutoff))))
                    .items()) {
                read(item).ifPresent(read::add);
            }
        } catch (SdkException e) {
            throw new ReviewSignalsUnavailableException("review signals not readable from " + table, e);
        }
        return merge.merge(read, now);
    }

    private Optional<ReviewSnapshot> read(Map<String, AttributeValue> item) {
        try {
            return Optional.of(snapshots.read(item));
        } catch (SnapshotJson.UnreadableSnapshotException e) {
            corrupt.increment();
            LOG.warn("review signals item skipped: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
