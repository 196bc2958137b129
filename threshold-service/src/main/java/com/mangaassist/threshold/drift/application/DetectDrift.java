package com.mangaassist.threshold.drift.application;

import com.mangaassist.common.paging.Page;
import com.mangaassist.common.paging.Pager;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.audit.domain.Auditor;
import com.mangaassist.threshold.audit.domain.ChangeAuditEntry;
import com.mangaassist.threshold.audit.domain.ChangeAuditTrail;
import com.mangaassist.threshold.configuration.domain.CategoryConfiguration;
import com.mangaassist.threshold.configuration.domain.Describe;
import com.mangaassist.threshold.configuration.domain.ThresholdStore;
import com.mangaassist.threshold.configuration.domain.ThresholdVersion;
import com.mangaassist.threshold.drift.domain.DriftGauge;
import com.mangaassist.threshold.drift.domain.DriftReport;
import com.mangaassist.threshold.drift.domain.ThresholdDrift;
import java.time.Clock;
import java.time.Duration;
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
 *
 * <p>Which episodes are open is remembered between runs, and read back from the audit trail (the last
 * {@code drift:*} entry per category of the past {@link #LOOKBACK}) whenever this instance's memory may be stale:
 * on its first run, and when its last run is older than {@code memory} (the single-runner lease was elsewhere
 * meanwhile). A restart or a lease handover therefore neither pages an ongoing drift again nor misses its end; an
 * episode older than the lookback is audited and paged once more, as a reminder.
 */
public final class DetectDrift {

    static final String ACTOR = "drift-check";
    static final String DETECTED = "drift:detected";
    static final String CLEARED = "drift:cleared";

    /** How far back the audit trail is read for open episodes. */
    static final Duration LOOKBACK = Duration.ofDays(1);

    private final ThresholdStore store;
    private final Auditor auditor;
    private final ChangeAuditTrail trail;
    private final Pager pager;
    private final DriftGauge gauge;
    private final Duration memory;
    private final Clock clock;
    private Map<TopicCategory, Episode> episodes = new EnumMap<>(TopicCategory.class);
    private Instant lastRun;
    private DriftReport latest;

    /** An open episode as remembered: since when, the version the item carried, and what it held. */
    private record Episode(Instant since, String version, String found) {}

    /**
     * @param memory how long after its last run this instance trusts what it remembers (a few run intervals)
     */
    public DetectDrift(
            ThresholdStore store,
            Auditor auditor,
            ChangeAuditTrail trail,
            Pager pager,
            DriftGauge gauge,
            Duration memory,
            Clock clock) {
        this.store = store;
        this.auditor = auditor;
        this.trail = trail;
        this.pager = pager;
        this.gauge = gauge;
        this.memory = memory;
        this.clock = clock;
    }

    /** Checks every category now; audits and pages the transitions since the last check. */
    public synchronized DriftReport run() {
        Instant now = clock.instant();
        if (lastRun == null || Duration.between(lastRun, now).compareTo(memory) > 0) {
            episodes = openEpisodes(now);
        }
        lastRun = now;
        Map<TopicCategory, ThresholdDrift> found = new EnumMap<>(TopicCategory.class);
        for (CategoryConfiguration configuration : store.all().values()) {
            if (!configuration.stored()) {
                continue;
            }
            ThresholdVersion active = configuration.active();
            Optional<ThresholdVersion> recorded = store.version(active.category(), active.version());
            if (recorded.isPresent() && !recorded.get().thresholds().equals(active.thresholds())) {
                Episode earlier = episodes.get(active.category());
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
                        DETECTED,
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
        episodes.forEach((category, ended) -> {
            if (!found.containsKey(category)) {
                auditor.record(
                        ACTOR,
                        CLEARED,
                        category.code(),
                        ended.version(),
                        "the thresholds item matches its recorded version again",
                        ended.found(),
                        "",
                        "drift since " + ended.since() + " ended");
            }
        });
        if (!started.isEmpty()) {
            pager.page(new Page(
                    "Thresholds changed outside change control: " + started.size() + " categor"
                            + (started.size() == 1 ? "y" : "ies"),
                    String.join("; ", started)
                            + ". Check docs/THRESHOLDS.md (drift); revert with revert-thresholds if unintended.",
                    now));
        }
        Map<TopicCategory, Episode> open = new EnumMap<>(TopicCategory.class);
        found.values()
                .forEach(d -> open.put(
                        d.category(), new Episode(d.since(), "version " + d.version(), Describe.set(d.found()))));
        episodes = open;
        gauge.drifted(found.size());
        latest = new DriftReport(now, List.copyOf(found.values()));
        return latest;
    }

    /**
     * The episodes the audit trail says are open: per category, the last of this check's entries within the lookback
     * is a {@value #DETECTED}. Read page by page (the trail answers oldest first, at most
     * {@link ChangeAuditTrail#MAX_READ} at a time).
     */
    private Map<TopicCategory, Episode> openEpisodes(Instant now) {
        Map<TopicCategory, Episode> open = new EnumMap<>(TopicCategory.class);
        Instant since = now.minus(LOOKBACK);
        while (true) {
            List<ChangeAuditEntry> page = trail.read(since, now, Optional.empty(), ChangeAuditTrail.MAX_READ);
            for (ChangeAuditEntry entry : page) {
                if (!ACTOR.equals(entry.actor()) || !Auditor.SERVICE.equals(entry.service())) {
                    continue;
                }
                Optional<TopicCategory> category = TopicCategory.fromCode(entry.category());
                if (category.isEmpty()) {
                    continue;
                }
                if (DETECTED.equals(entry.action())) {
                    open.put(category.get(), new Episode(entry.at(), entry.subject(), entry.after()));
                } else if (CLEARED.equals(entry.action())) {
                    open.remove(category.get());
                }
            }
            if (page.size() < ChangeAuditTrail.MAX_READ) {
                return open;
            }
            // the next page starts at the last entry's instant (an entry read twice only repeats its fold)
            Instant last = page.get(page.size() - 1).at();
            since = last.isAfter(since) ? last : since.plusMillis(1);
        }
    }

    /** The last check's report, if one ran. */
    public synchronized Optional<DriftReport> latest() {
        return Optional.ofNullable(latest);
    }
}
