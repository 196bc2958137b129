package com.mangaassist.threshold.drift.application;

import com.mangaassist.common.paging.Page;
import com.mangaassist.common.paging.Pager;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.audit.domain.Auditor;
import com.mangaassist.threshold.configuration.domain.CategoryConfiguration;
import com.mangaassist.threshold.configuration.domain.Describe;
import com.mangaassist.threshold.configuration.domain.ThresholdStore;
import com.mangaassist.threshold.configuration.domain.ThresholdVersion;
import com.mangaassist.threshold.drift.domain.DriftGauge;
import com.mangaassist.threshold.drift.domain.DriftReport;
import com.mangaassist.threshold.drift.domain.ThresholdDrift;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares every category's {@code thresholds} item with the version history this service keeps: an item whose
 * thresholds differ from those recorded for the version it carries was written past change control. Each episode is
 * audited once when it starts ({@code drift:detected}) and once when it ends ({@code drift:cleared}); new drift pages
 * on-call; the gauge counts the drifted categories. An item without a recorded version (written before the history
 * existed, or mid-write) is not judged.
 */
public final class DetectDrift {

    static final String ACTOR = "drift-check";

    private final ThresholdStore store;
    private final Auditor auditor;
    private final Pager pager;
    private final DriftGauge gauge;
    private final Clock clock;
    private Map<TopicCategory, ThresholdDrift> episodes = new EnumMap<>(TopicCategory.class);
    private DriftReport latest;

    public DetectDrift(ThresholdStore store, Auditor auditor, Pager pager, DriftGauge gauge, Clock clock) {
        this.store = store;
        this.auditor = auditor;
        this.pager = pager;
        this.gauge = gauge;
        this.clock = clock;
    }

    /** Checks every category now; audits and pages the transitions since the last check. */
    public synchronized DriftReport run() {
        Instant now = clock.instant();
        Map<TopicCategory, ThresholdDrift> found = new EnumMap<>(TopicCategory.class);
        for (CategoryConfiguration configuration : store.all().values()) {
            if (!configuration.stored()) {
                continue;
            }
            ThresholdVersion active = configuration.active();
            Optional<ThresholdVersion> recorded = store.version(active.category(), active.version());
            if (recorded.isPresent() && !recorded.get().thresholds().equals(active.thresholds())) {
                ThresholdDrift earlier = episodes.get(active.category());
                found.put(
                        active.category(),
                        new ThresholdDrift(
                                active.category(),
                                active.version(),
                                recorded.get().thresholds(),
                                active.thresholds(),
                                active.createdBy(),
                                earlier == null ? now : earlier.since()));
            }
        }
        List<String> started = new ArrayList<>();
        for (ThresholdDrift drift : found.values()) {
            if (!episodes.containsKey(drift.category())) {
                auditor.record(
                        ACTOR,
                        "drift:detected",
                        drift.category().code(),
                        "version " + drift.version(),
                        "the thresholds item differs from version " + drift.version() + " as this service wrote it",
                        Describe.set(drift.expected()),
                        Describe.set(drift.found()),
                        "written past change control (item says updated by '" + drift.updatedBy() + "')");
                started.add(drift.category().code() + " (" + Describe.set(drift.expected()) + " → "
                        + Describe.set(drift.found()) + ")");
            }
        }
        for (ThresholdDrift ended : episodes.values()) {
            if (!found.containsKey(ended.category())) {
                auditor.record(
                        ACTOR,
                        "drift:cleared",
                        ended.category().code(),
                        "version " + ended.version(),
                        "the thresholds item matches its recorded version again",
                        Describe.set(ended.found()),
                        "",
                        "drift since " + ended.since() + " ended");
            }
        }
        if (!started.isEmpty()) {
            pager.page(new Page(
                    "Thresholds changed outside change control: " + started.size() + " categor"
                            + (started.size() == 1 ? "y" : "ies"),
                    String.join("; ", started)
                            + ". Check docs/THRESHOLDS.md (drift); revert with revert-thresholds if unintended.",
                    now));
        }
        episodes = found;
        gauge.drifted(found.size());
        latest = new DriftReport(now, List.copyOf(found.values()));
        return latest;
    }

    /** The last check's report, if one ran. */
    public synchronized Optional<DriftReport> latest() {
        return Optional.ofNullable(latest);
    }
}
