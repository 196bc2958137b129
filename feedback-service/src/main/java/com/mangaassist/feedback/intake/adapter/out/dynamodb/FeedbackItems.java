package com.mangaassist.feedback.intake.adapter.out.dynamodb;

import com.mangaassist.feedback.intake.domain.Exclusion;
import com.mangaassist.feedback.intake.domain.FeedbackKind;
import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.Signal;
import com.mangaassist.feedback.provenance.domain.ProvenanceFactor;
import com.mangaassist.feedback.provenance.domain.ProvenanceScore;
import com.mangaassist.model.resources.SortableTime;
import com.mangaassist.model.routing.TopicCategory;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The item format of the {@code feedback} table: {@code feedback_id}, {@code kind}, {@code message_id},
 * {@code session_id}, {@code user_id}, {@code topic} (code), {@code prompt_version}, {@code created_at}
 * (sortable time), {@code day} (UTC date, for {@code by-day}), {@code signal}, {@code correction_raw},
 * {@code correction_sanitised}, {@code relatedness} (N), {@code chosen_message_id}, {@code rejected_message_id},
 * {@code provenance_score} (N), {@code provenance_factors} (list of maps rule/weight/observed),
 * {@code exclusions} (SS), {@code usable} (BOOL), {@code quarantined} (BOOL), {@code quarantine_reason},
 * {@code original_incorrect_topic}, {@code backfill_corrected_at}.
 */
public final class FeedbackItems {

    private FeedbackItems() {}

    public static Map<String, AttributeValue> toItem(FeedbackRecord record) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("feedback_id", s(record.feedbackId()));
        item.put("kind", s(record.kind().name()));
        item.put("message_id", s(record.messageId()));
        item.put("session_id", s(record.sessionId()));
        item.put("user_id", s(record.userId()));
        item.put("topic", s(record.topic().code()));
        item.put("prompt_version", s(record.promptVersion()));
        item.put("created_at", s(SortableTime.format(record.createdAt())));
        item.put(
                "day", s(record.createdAt().atZone(ZoneOffset.UTC).toLocalDate().toString()));
        if (record.signal() != null) {
            item.put("signal", s(record.signal().name()));
        }
        putIfPresent(item, "correction_raw", record.correctionRaw());
        putIfPresent(item, "correction_sanitised", record.correctionSanitised());
        if (record.relatedness() != null) {
            item.put("relatedness", n(record.relatedness()));
        }
        putIfPresent(item, "chosen_message_id", record.chosenMessageId());
        putIfPresent(item, "rejected_message_id", record.rejectedMessageId());
        item.put("provenance_score", n(record.provenance().value()));
        List<AttributeValue> factors = new ArrayList<>();
        for (ProvenanceFactor factor : record.provenance().factors()) {
            factors.add(AttributeValue.fromM(
                    Map.of("rule", s(factor.rule()), "weight", n(factor.weight()), "observed", s(factor.observed()))));
        }
        item.put("provenance_factors", AttributeValue.fromL(factors));
        if (!record.exclusions().isEmpty()) {
            item.put(
                    "exclusions",
                    AttributeValue.fromSs(record.exclusions().stream()
                            .map(Enum::name)
                            .sorted()
                            .toList()));
        }
        item.put("usable", AttributeValue.fromBool(record.usable()));
        item.put("quarantined", AttributeValue.fromBool(record.quarantined()));
        putIfPresent(item, "quarantine_reason", record.quarantineReason());
        putIfPresent(item, "original_incorrect_topic", record.originalIncorrectTopic());
        return item;
    }

    /**
     * The record in {@code item}. A topic code that is not a known topic (a corrupted item) reads as
     * {@link TopicCategory#GENERAL} with the stored code kept in {@code originalIncorrectTopic} only if the
     * backfill has not set it; the monitors compare the stored code through {@link #storedTopic}.
     */
    public static FeedbackRecord fromItem(Map<String, AttributeValue> item) {
        List<ProvenanceFactor> factors = new ArrayList<>();
        if (item.containsKey("provenance_factors")) {
            for (AttributeValue value : item.get("provenance_factors").l()) {
                Map<String, AttributeValue> m = value.m();
                factors.add(new ProvenanceFactor(
                        m.get("rule").s(),
                        Double.parseDouble(m.get("weight").n()),
                        m.get("observed").s()));
            }
        }
        double score = item.containsKey("provenance_score")
                ? Double.parseDouble(item.get("provenance_score").n())
                : -1;
        Set<Exclusion> exclusions = EnumSet.noneOf(Exclusion.class);
        if (item.containsKey("exclusions")) {
            item.get("exclusions").ss().forEach(name -> exclusions.add(Exclusion.valueOf(name)));
        }
        return new FeedbackRecord(
                str(item, "feedback_id"),
                FeedbackKind.valueOf(str(item, "kind")),
                str(item, "message_id"),
                str(item, "session_id"),
                str(item, "user_id"),
                TopicCategory.fromCode(storedTopic(item)).orElse(TopicCategory.GENERAL),
                str(item, "prompt_version"),
                SortableTime.parse(str(item, "created_at")),
                item.containsKey("signal") ? Signal.valueOf(str(item, "signal")) : null,
                str(item, "correction_raw"),
                str(item, "correction_sanitised"),
                item.containsKey("relatedness")
                        ? Double.parseDouble(item.get("relatedness").n())
                        : null,
                str(item, "chosen_message_id"),
                str(item, "rejected_message_id"),
                new ProvenanceScore(score, factors),
                exclusions,
                item.containsKey("quarantined")
                        && Boolean.TRUE.equals(item.get("quarantined").bool()),
                str(item, "quarantine_reason"),
                str(item, "original_incorrect_topic"));
    }

    /** The topic code exactly as stored (possibly not a known topic). */
    public static String storedTopic(Map<String, AttributeValue> item) {
        String topic = str(item, "topic");
        return topic == null ? "" : topic;
    }

    static String str(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    static AttributeValue s(String value) {
        return AttributeValue.fromS(value);
    }

    static AttributeValue n(double value) {
        return AttributeValue.fromN(Double.toString(value));
    }

    private static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
        if (value != null) {
            item.put(name, s(value));
        }
    }
}
