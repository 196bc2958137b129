package com.mangaassist.feedback.monitoring.domain;

import com.mangaassist.feedback.intake.domain.FeedbackKind;
import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.RatedMessage;
import com.mangaassist.feedback.intake.domain.Signal;
import com.mangaassist.feedback.quality.domain.GateReport.Check;
import com.mangaassist.feedback.quality.domain.GateReport.Status;
import com.mangaassist.model.routing.TopicCategory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * Scenario 5's data-quality checks as pure functions of the records and the messages they point to (as
 * read by key, consistently). Topics are compared as stored on the record: a misattributed record carries
 * a valid but wrong code.
 */
public final class QualityChecks {

    public static final String TOPIC_DISTRIBUTION = "topic-distribution";
    public static final String JOIN_RATE = "join-rate";
    public static final String SATISFACTION_CHANGE = "satisfaction-change";
    public static final String CROSS_TABLE_SAMPLE = "cross-table-sample";
    public static final String CANARY = "canary";

    private static final int IDS_NAMED = 5;

    private final QualityPolicy policy;

    public QualityChecks(QualityPolicy policy) {
        this.policy = policy;
    }

    public QualityPolicy policy() {
        return policy;
    }

    /**
     * Total variation distance between the stored topics of {@code records} and the true topics of the
     * messages they rate. The messages table has no time index to take "the messages of the last hour"
     * from; comparing against the rated messages' own topics is also the sharper test for misattribution,
     * since both distributions then cover exactly the same turns and any distance is an enrichment error,
     * not a difference in which turns customers chose to rate. Records whose message is missing or has no
     * known topic are left to {@link #joinRate}.
     */
    public Check topicDistribution(List<FeedbackRecord> records, Map<String, RatedMessage> messages) {
        Map<TopicCategory, Integer> stored = new EnumMap<>(TopicCategory.class);
        Map<TopicCategory, Integer> actual = new EnumMap<>(TopicCategory.class);
        int n = 0;
        for (FeedbackRecord record : records) {
            Optional<TopicCategory> truth =
                    Optional.ofNullable(messages.get(record.messageId())).flatMap(RatedMessage::topic);
            if (truth.isEmpty()) {
                continue;
            }
            stored.merge(record.topic(), 1, Integer::sum);
            actual.merge(truth.get(), 1, Integer::sum);
            n++;
        }
        double threshold = policy.maxTopicDistance();
        if (n < policy.minSample()) {
            return insufficient(TOPIC_DISTRIBUTION, threshold, n);
        }
        double distance = 0;
        for (TopicCategory topic : TopicCategory.values()) {
            distance += Math.abs(stored.getOrDefault(topic, 0) - actual.getOrDefault(topic, 0)) / (double) n;
        }
        distance = Statistics.round(distance / 2);
        if (distance > threshold) {
            return new Check(
                    TOPIC_DISTRIBUTION,
                    Status.RED,
                    distance,
                    threshold,
                    n,
                    String.format(
                            Locale.ROOT,
                            "feedback topics diverge from their messages' topics: distance %.3f > %.2f over %d"
                                    + " records (feedback %s, messages %s)",
                            distance,
                            threshold,
                            n,
                            codes(stored),
                            codes(actual)));
        }
        return new Check(
                TOPIC_DISTRIBUTION,
                Status.GREEN,
                distance,
                threshold,
                n,
                String.format(Locale.ROOT, "distance %.3f <= %.2f over %d records", distance, threshold, n));
    }

    /** Share of {@code records} whose message exists and is of the record's session. */
    public Check joinRate(List<FeedbackRecord> records, Map<String, RatedMessage> messages) {
        double threshold = policy.minJoinRate();
        int n = records.size();
        if (n < policy.minSample()) {
            return insufficient(JOIN_RATE, threshold, n);
        }
        List<String> failed = new ArrayList<>();
        for (FeedbackRecord record : records) {
            RatedMessage message = messages.get(record.messageId());
            if (message == null || !message.sessionId().equals(record.sessionId())) {
                failed.add(record.feedbackId());
            }
        }
        double rate = Statistics.round((double) (n - failed.size()) / n);
        if (rate < threshold) {
            return new Check(
                    JOIN_RATE,
                    Status.RED,
                    rate,
                    threshold,
                    n,
                    String.format(
                            Locale.ROOT,
                            "only %.3f of %d feedback records join their message (< %.2f); %d do not, e.g. %s",
                            rate,
                            n,
                            threshold,
                            failed.size(),
                            failed.subList(0, Math.min(IDS_NAMED, failed.size()))));
        }
        return new Check(
                JOIN_RATE,
                Status.GREEN,
                rate,
                threshold,
                n,
                String.format(Locale.ROOT, "%.3f of %d records join their message", rate, n));
    }

    /**
     * Per topic, the UP share of usable BINARY records in {@code recent} against {@code previous}; red when
     * a topic with at least {@code minTopicSignals} signals in both moved more than the maximum.
     */
    public Check satisfactionChange(List<FeedbackRecord> recent, List<FeedbackRecord> previous) {
        double threshold = policy.maxSatisfactionChange();
        Map<TopicCategory, int[]> now = upsAndTotals(recent);
        Map<TopicCategory, int[]> before = upsAndTotals(previous);
        double largest = 0;
        long sample = 0;
        int judged = 0;
        List<String> moved = new ArrayList<>();
        for (Map.Entry<TopicCategory, int[]> entry : now.entrySet()) {
            int[] a = entry.getValue();
            int[] b = before.get(entry.getKey());
            if (b == null || a[1] < policy.minTopicSignals() || b[1] < policy.minTopicSignals()) {
                continue;
            }
            judged++;
            sample += a[1] + b[1];
            double change = (double) a[0] / a[1] - (double) b[0] / b[1];
            largest = Math.max(largest, Math.abs(change));
            if (Math.abs(change) > threshold) {
                moved.add(String.format(
                        Locale.ROOT,
                        "%s %.2f -> %.2f",
                        entry.getKey().code(),
                        (double) b[0] / b[1],
                        (double) a[0] / a[1]));
            }
        }
        largest = Statistics.round(largest);
        if (judged == 0) {
            return new Check(
                    SATISFACTION_CHANGE,
                    Status.INSUFFICIENT_DATA,
                    0,
                    threshold,
                    0,
                    "no topic has " + policy.minTopicSignals() + " usable binary signals in both weeks");
        }
        if (!moved.isEmpty()) {
            return new Check(
                    SATISFACTION_CHANGE,
                    Status.RED,
                    largest,
                    threshold,
                    sample,
                    "satisfaction moved more than " + threshold + " in 7 days: " + String.join(", ", moved));
        }
        return new Check(
                SATISFACTION_CHANGE,
                Status.GREEN,
                largest,
                threshold,
                sample,
                String.format(Locale.ROOT, "largest change %.3f over %d topics", largest, judged));
    }

    /** Up to {@code sampleSize} of {@code records}, chosen at random with {@code seed}. */
    public List<FeedbackRecord> sample(List<FeedbackRecord> records, long seed) {
        if (records.size() <= policy.sampleSize()) {
            return List.copyOf(records);
        }
        List<FeedbackRecord> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, new Random(seed));
        return List.copyOf(shuffled.subList(0, policy.sampleSize()));
    }

    /** Each sampled record's stored topic against its message's topic; any mismatch is red. */
    public Check crossTableSample(List<FeedbackRecord> sample, Map<String, RatedMessage> messages) {
        List<String> mismatched = new ArrayList<>();
        int compared = 0;
        for (FeedbackRecord record : sample) {
            RatedMessage message = messages.get(record.messageId());
            if (message == null) {
                continue;
            }
            compared++;
            if (message.topic().isEmpty() || message.topic().get() != record.topic()) {
                mismatched.add(record.feedbackId());
            }
        }
        if (compared < policy.minSample()) {
            return insufficient(CROSS_TABLE_SAMPLE, 0, compared);
        }
        double share = Statistics.round((double) mismatched.size() / compared);
        if (!mismatched.isEmpty()) {
            return new Check(
                    CROSS_TABLE_SAMPLE,
                    Status.RED,
                    share,
                    0,
                    compared,
                    String.format(
                            Locale.ROOT,
                            "%d of %d sampled records carry a topic other than their message's, e.g. %s",
                            mismatched.size(),
                            compared,
                            mismatched.subList(0, Math.min(IDS_NAMED, mismatched.size()))));
        }
        return new Check(
                CROSS_TABLE_SAMPLE, Status.GREEN, 0, 0, compared, compared + " sampled records match their messages");
    }

    /** The last canary's outcome: red when it failed, insufficient data before the first run. */
    public static Check canary(Optional<CanaryResult> last) {
        if (last.isEmpty()) {
            return new Check(CANARY, Status.INSUFFICIENT_DATA, 0, 0, 0, "no canary has run yet");
        }
        CanaryResult result = last.get();
        return result.ok()
                ? new Check(
                        CANARY,
                        Status.GREEN,
                        0,
                        0,
                        1,
                        "canary " + result.messageId() + " at " + result.at() + " came back as written")
                : new Check(
                        CANARY,
                        Status.RED,
                        1,
                        0,
                        1,
                        "canary " + result.messageId() + " at " + result.at() + " failed: "
                                + String.join("; ", result.problems()));
    }

    private static Check insufficient(String name, double threshold, long n) {
        return new Check(name, Status.INSUFFICIENT_DATA, 0, threshold, n, "only " + n + " records to judge");
    }

    private static Map<TopicCategory, int[]> upsAndTotals(List<FeedbackRecord> records) {
        Map<TopicCategory, int[]> counts = new EnumMap<>(TopicCategory.class);
        for (FeedbackRecord record : records) {
            if (record.kind() != FeedbackKind.BINARY || !record.usable()) {
                continue;
            }
            int[] c = counts.computeIfAbsent(record.topic(), t -> new int[2]);
            if (record.signal() == Signal.UP) {
                c[0]++;
            }
            c[1]++;
        }
        return counts;
    }

    private static Map<String, Integer> codes(Map<TopicCategory, Integer> counts) {
        Map<String, Integer> byCode = new TreeMap<>();
        counts.forEach((topic, count) -> byCode.put(topic.code(), count));
        return byCode;
    }
}
