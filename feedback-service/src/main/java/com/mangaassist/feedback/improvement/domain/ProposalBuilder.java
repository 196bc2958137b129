package com.mangaassist.feedback.improvement.domain;

import com.mangaassist.feedback.intake.domain.FeedbackKind;
import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.Signal;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a prompt proposal from clean feedback, deterministically (same records, prompt and time → same
 * text). Only usable, non-canary BINARY and CORRECTION records count. A topic gets one guidance line when
 * it has at least {@code minSignals} binary signals and satisfaction below the target, or any correction;
 * the line cites the satisfaction and counts and quotes up to {@code maxExamples} sanitised corrections
 * (oldest first). The lineage is every feedback id behind the topics that got a line.
 */
public final class ProposalBuilder {

    static final int MAX_EXAMPLE_CHARS = 300;

    private final ImprovementPolicy policy;

    public ProposalBuilder(ImprovementPolicy policy) {
        this.policy = policy;
    }

    /** The proposal, or empty when no topic needs guidance. */
    public Optional<PromptProposal> build(
            String changeRequestId, ActivePrompt prompt, List<FeedbackRecord> records, Instant now) {
        Map<TopicCategory, List<FeedbackRecord>> byTopic = new EnumMap<>(TopicCategory.class);
        records.stream()
                .filter(r -> r.usable() && !r.canary())
                .filter(r -> r.kind() == FeedbackKind.BINARY
                        || (r.kind() == FeedbackKind.CORRECTION
                                && r.correctionSanitised() != null
                                && !r.correctionSanitised().isBlank()))
                .sorted(Comparator.comparing(FeedbackRecord::createdAt).thenComparing(FeedbackRecord::feedbackId))
                .forEach(r -> byTopic.computeIfAbsent(r.topic(), t -> new ArrayList<>())
                        .add(r));
        List<TopicEvidence> evidence = new ArrayList<>();
        List<String> lineage = new ArrayList<>();
        List<String> guidance = new ArrayList<>();
        byTopic.forEach((topic, signals) -> {
            List<FeedbackRecord> binary = signals.stream()
                    .filter(r -> r.kind() == FeedbackKind.BINARY)
                    .toList();
            List<FeedbackRecord> corrections = signals.stream()
                    .filter(r -> r.kind() == FeedbackKind.CORRECTION)
                    .toList();
            int up = (int) binary.stream().filter(r -> r.signal() == Signal.UP).count();
            Double satisfaction = binary.isEmpty() ? null : (double) up / binary.size();
            boolean unhappy = binary.size() >= policy.minSignals()
                    && satisfaction != null
                    && satisfaction < policy.targetSatisfaction();
            if (!unhappy && corrections.isEmpty()) {
                return;
            }
            List<String> examples = corrections.stream()
                    .limit(policy.maxExamples())
                    .map(r -> example(r.correctionSanitised()))
                    .toList();
            TopicEvidence topicEvidence =
                    new TopicEvidence(topic.code(), binary.size(), up, satisfaction, corrections.size(), examples);
            evidence.add(topicEvidence);
            signals.forEach(r -> lineage.add(r.feedbackId()));
            guidance.add(line(topicEvidence));
            examples.forEach(e -> guidance.add("  Example of a better answer a customer gave: \"" + e + "\""));
        });
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(prompt.text().stripTrailing());
        text.append("\n\n## Guidance from customer feedback (proposed ")
                .append(now.atZone(ZoneOffset.UTC).toLocalDate())
                .append(")\n");
        guidance.forEach(line -> text.append(line).append('\n'));
        String newText = text.toString();
        String diff =
                LineDiff.diff(prompt.promptId() + "@v" + prompt.version(), prompt.text(), changeRequestId, newText);
        return Optional.of(new PromptProposal(
                changeRequestId,
                prompt.promptId(),
                prompt.version(),
                newText,
                diff,
                evidence,
                lineage,
                PromptProposal.PROPOSED,
                now));
    }

    private String line(TopicEvidence e) {
        StringBuilder line = new StringBuilder("- For ").append(e.topic()).append(" questions: ");
        if (e.satisfaction() != null) {
            line.append(String.format(
                    Locale.ROOT,
                    "customers found %d of %d answers helpful (satisfaction %.2f, target %.2f)",
                    e.up(),
                    e.rated(),
                    e.satisfaction(),
                    policy.targetSatisfaction()));
        } else {
            line.append("no rated answers");
        }
        line.append(" and sent ").append(e.corrections()).append(" correction(s). ");
        line.append("Check facts for this topic carefully, answer the customer's exact question first,"
                + " and say plainly what you do not know.");
        return line.toString();
    }

    private static String example(String sanitised) {
        String flat = sanitised.replaceAll("\\s+", " ").replace("\"", "'").strip();
        return flat.length() <= MAX_EXAMPLE_CHARS ? flat : flat.substring(0, MAX_EXAMPLE_CHARS) + "…";
    }
}
