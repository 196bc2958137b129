package com.mangaassist.threshold.protection.application;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.audit.domain.Auditor;
import com.mangaassist.threshold.configuration.application.ConfigurationWriter;
import com.mangaassist.threshold.configuration.domain.Describe;
import com.mangaassist.threshold.configuration.domain.OverrideKind;
import com.mangaassist.threshold.configuration.domain.ThresholdOverride;
import com.mangaassist.threshold.protection.domain.PeakProfile;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The time-of-day profile: while the peak window is on (19:00–23:00 JST by default) each category the
 * profile names carries a {@link OverrideKind#PROFILE} override that ends with the window; outside it
 * nothing is written (the overrides expire by themselves). Each override placed is audited.
 */
public final class PeakHours {

    static final String ID = "peak-profile";

    private final PeakProfile profile;
    private final ConfigurationWriter writer;
    private final Auditor auditor;
    private final Clock clock;

    public PeakHours(PeakProfile profile, ConfigurationWriter writer, Auditor auditor, Clock clock) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.auditor = Objects.requireNonNull(auditor, "auditor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Places the window's overrides where missing; returns the categories it wrote. */
    public List<TopicCategory> run() {
        Instant now = clock.instant();
        Optional<Instant> end = profile.windowEnd(now);
        List<TopicCategory> written = new ArrayList<>();
        if (end.isEmpty()) {
            return written;
        }
        for (TopicCategory category : profile.autoRespondMin().keySet()) {
            writer.update(category, c -> {
                        boolean placed = c.overridesInForce(now).stream()
                                .anyMatch(
                                        o -> o.id().equals(ID) && o.expiresAt().equals(end.get()));
                        if (placed) {
                            return Optional.empty();
                        }
                        return profile.relaxed(category, c.active().thresholds())
                                .filter(set -> !set.equals(c.active().thresholds()))
                                .map(set -> c.withOverride(
                                        new ThresholdOverride(
                                                ID, OverrideKind.PROFILE, set, end.get(), "peak hours profile"),
                                        now));
                    })
                    .ifPresent(w -> {
                        written.add(category);
                        auditor.record(
                                "peak-profile",
                                "profile:applied",
                                category.code(),
                                ID,
                                "peak hours until " + end.get(),
                                Describe.configuration(w.before()),
                                Describe.configuration(w.after()),
                                "peak profile in force");
                    });
        }
        return written;
    }
}
