package com.mangaassist.threshold.configuration.adapter.in.web;

import com.mangaassist.common.web.ApiProblem;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.configuration.domain.CategoryConfiguration;
import com.mangaassist.threshold.configuration.domain.PromptStore;
import com.mangaassist.threshold.configuration.domain.PromptVersion;
import com.mangaassist.threshold.configuration.domain.ThresholdOverride;
import com.mangaassist.threshold.configuration.domain.ThresholdStore;
import com.mangaassist.threshold.configuration.domain.ThresholdVersion;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What is in force (any staff): {@code GET /api/thresholds}, a category's versions, a prompt's versions. */
@RestController
public class ConfigurationController {

    private final ThresholdStore thresholds;
    private final PromptStore prompts;
    private final Clock clock;

    public ConfigurationController(ThresholdStore thresholds, PromptStore prompts, Clock clock) {
        this.thresholds = thresholds;
        this.prompts = prompts;
        this.clock = clock;
    }

    /** Bounds as JSON. */
    public record Bounds(double autoRespondMin, double reviewMin, double handoffBelow) {
        static Bounds of(ThresholdSet set) {
            return new Bounds(set.autoRespondMin(), set.reviewMin(), set.handoffBelow());
        }
    }

    public record Active(
            long version,
            Bounds thresholds,
            Instant updatedAt,
            String updatedBy,
            String changeRequestId,
            String reason) {}

    public record Canary(long version, Bounds thresholds, double percent, Instant until, String changeRequestId) {}

    public record Override(String id, String kind, Bounds thresholds, Instant expiresAt, String reason) {}

    /**
     * One category: the active version, the canary and the overrides in force, what most sessions get now
     * ({@code effective}: the most relaxed override, else the active bounds), and whether overrides may
     * ever apply.
     */
    public record CategoryView(
            String category,
            Active active,
            Canary canary,
            List<Override> overrides,
            Bounds effective,
            String effectiveSource,
            boolean protectedFromOverrides,
            long revision) {}

    public record PromptVersionView(
            String promptId,
            long version,
            String label,
            String status,
            String text,
            Instant createdAt,
            String createdBy,
            String changeRequestId,
            Double canaryPercent,
            Instant canaryUntil) {}

    @GetMapping("/api/thresholds")
    public List<CategoryView> all() {
        Instant now = clock.instant();
        return thresholds.all().values().stream().map(c -> view(c, now)).toList();
    }

    @GetMapping("/api/thresholds/{category}")
    public CategoryView one(@PathVariable String category) {
        return view(thresholds.get(category(category)), clock.instant());
    }

    @GetMapping("/api/thresholds/{category}/versions")
    public List<Active> versions(@PathVariable String category) {
        return thresholds.history(category(category)).stream()
                .map(ConfigurationController::active)
                .toList();
    }

    @GetMapping("/api/prompts/{promptId}")
    public List<PromptVersionView> prompt(@PathVariable String promptId) {
        ApiProblem.checkedId(promptId, "promptId");
        List<PromptVersion> versions = prompts.versions(promptId);
        if (versions.isEmpty()) {
            throw ApiProblem.notFound(
                    "PROMPT_NOT_FOUND", "no stored versions of " + promptId + " (the built-in text serves as v0)");
        }
        return versions.stream()
                .map(v -> new PromptVersionView(
                        v.promptId(),
                        v.version(),
                        v.label(),
                        v.status().name(),
                        v.text(),
                        v.createdAt(),
                        v.createdBy(),
                        v.changeRequestId(),
                        v.canaryPercent().orElse(null),
                        v.canaryUntil().orElse(null)))
                .toList();
    }

    private static TopicCategory category(String code) {
        return TopicCategory.fromCode(code)
                .orElseThrow(() -> ApiProblem.notFound(
                        "UNKNOWN_CATEGORY", "no category '" + ApiProblem.checkedId(code, "category") + "'"));
    }

    private static CategoryView view(CategoryConfiguration c, Instant now) {
        var override = c.effectiveOverride(now);
        return new CategoryView(
                c.category().code(),
                active(c.active()),
                c.canaryInForce(now)
                        .map(x -> new Canary(
                                x.version(), Bounds.of(x.thresholds()), x.percent(), x.until(), x.changeRequestId()))
                        .orElse(null),
                c.overridesInForce(now).stream()
                        .map(ConfigurationController::override)
                        .toList(),
                Bounds.of(c.controlThresholds(now)),
                override.map(o -> "override " + o.kind() + " " + o.id())
                        .orElse("active v" + c.active().version()),
                c.category().protectedFromOverrides(),
                c.revision());
    }

    private static Override override(ThresholdOverride o) {
        return new Override(o.id(), o.kind().name(), Bounds.of(o.thresholds()), o.expiresAt(), o.reason());
    }

    private static Active active(ThresholdVersion v) {
        return new Active(
                v.version(), Bounds.of(v.thresholds()), v.createdAt(), v.createdBy(), v.changeRequestId(), v.reason());
    }
}
