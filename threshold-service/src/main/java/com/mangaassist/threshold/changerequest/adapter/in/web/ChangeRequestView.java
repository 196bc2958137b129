package com.mangaassist.threshold.changerequest.adapter.in.web;

import com.mangaassist.threshold.changerequest.domain.ChangeRequest;
import com.mangaassist.threshold.changerequest.domain.Evaluation;
import com.mangaassist.threshold.changerequest.domain.Transition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A change request as the API shows it, with the attached simulation as a JSON object. */
public record ChangeRequestView(
        String changeRequestId,
        String kind,
        String state,
        String proposedBy,
        String approvedBy,
        String reason,
        Instant createdAt,
        Map<String, Bounds> changes,
        PromptView prompt,
        double canaryPercent,
        JsonNode simulation,
        CanaryView canary,
        Evaluation evaluation,
        List<Transition> history) {

    /** One category's proposed bounds. */
    public record Bounds(double autoRespondMin, double reviewMin, double handoffBelow) {}

    /** A proposed prompt. */
    public record PromptView(String promptId, long baseVersion, String text, String diff) {}

    /** The canary of an approved change. */
    public record CanaryView(
            double percent, Instant startedAt, Instant until, Map<String, Long> versions, long promptVersion) {}

    static ChangeRequestView of(ChangeRequest r, JsonMapper json) {
        Map<String, Bounds> changes = new TreeMap<>();
        r.thresholds()
                .forEach((category, set) -> changes.put(
                        category.code(), new Bounds(set.autoRespondMin(), set.reviewMin(), set.handoffBelow())));
        PromptView prompt = r.prompt()
                .map(p -> new PromptView(p.promptId(), p.baseVersion(), p.text(), p.diff()))
                .orElse(null);
        CanaryView canary = r.canary()
                .map(c -> {
                    Map<String, Long> versions = new TreeMap<>();
                    c.versions().forEach((category, version) -> versions.put(category.code(), version));
                    return new CanaryView(c.percent(), c.startedAt(), c.until(), versions, c.promptVersion());
                })
                .orElse(null);
        JsonNode simulation = r.simulation().isEmpty() ? null : json.readTree(r.simulation());
        return new ChangeRequestView(
                r.id(),
                r.kind().name(),
                r.state().name(),
                r.proposedBy(),
                r.approvedBy().orElse(null),
                r.reason(),
                r.createdAt(),
                changes,
                prompt,
                r.canaryPercent(),
                simulation,
                canary,
                r.evaluation().orElse(null),
                r.history());
    }
}
