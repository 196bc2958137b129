package com.mangaassist.threshold.protection.domain;

import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The time-of-day threshold profile (scenario 1's long-term fix): during the daily window {@code
 * start}–{@code end} of {@code zone} (start inclusive, end exclusive; a window whose end is not after its
 * start runs past midnight), the auto-respond minimum of each listed category is at most the profile's
 * value. The profile only lowers: a category whose active minimum is already lower keeps it, and protected
 * categories (refund, complaint, legal) may not be listed at all.
 *
 * @param zone the zone the window is read in (Asia/Tokyo)
 * @param start first minute of the window (19:00)
 * @param end first minute after the window (23:00)
 * @param autoRespondMin the profile's auto-respond minimum per category ({general: 0.75})
 */
public record PeakProfile(ZoneId zone, LocalTime start, LocalTime end, Map<TopicCategory, Double> autoRespondMin) {

    /** 19:00–23:00 JST, general questions answered from 0.75. */
    public static final PeakProfile DEFAULT = new PeakProfile(
            ZoneId.of("Asia/Tokyo"), LocalTime.of(19, 0), LocalTime.of(23, 0), Map.of(TopicCategory.GENERAL, 0.75));

    public PeakProfile {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(autoRespondMin, "autoRespondMin");
        if (start.equals(end)) {
            throw new IllegalArgumentException("the peak window " + start + "–" + end + " is empty");
        }
        EnumMap<TopicCategory, Double> minimums = new EnumMap<>(TopicCategory.class);
        autoRespondMin.forEach((category, min) -> {
            Objects.requireNonNull(category, "category");
            if (category.protectedFromOverrides()) {
                throw new IllegalArgumentException(category.code() + " is protected: no profile may relax it");
            }
            if (min == null || !(min >= 0 && min <= 1)) {
                throw new IllegalArgumentException(
                        "auto-respond minimum of " + category.code() + " must be in [0, 1]: " + min);
            }
            minimums.put(category, min);
        });
        autoRespondMin = Map.copyOf(minimums);
    }

    /** Whether the window runs past midnight (its end is not after its start). */
    public boolean crossesMidnight() {
        return !end.isAfter(start);
    }

    /** Whether {@code instant} falls in the window. */
    public boolean inForce(Instant instant) {
        LocalTime local = instant.atZone(zone).toLocalTime();
        return crossesMidnight()
                ? !local.isBefore(start) || local.isBefore(end)
                : !local.isBefore(start) && local.isBefore(end);
    }

    /**
     * When the window {@code instant} falls in ends (the expiry of the profile's override); empty outside the
     * window.
     */
    public Optional<Instant> windowEnd(Instant instant) {
        if (!inForce(instant)) {
            return Optional.empty();
        }
        ZonedDateTime local = instant.atZone(zone);
        LocalDate endDate = crossesMidnight() && !local.toLocalTime().isBefore(start)
                ? local.toLocalDate().plusDays(1)
                : local.toLocalDate();
        return Optional.of(ZonedDateTime.of(endDate, end, zone).toInstant());
    }

    /**
     * The set {@code category} is answered with while the profile is in force: the active set with its
     * auto-respond minimum lowered to the profile's (never raised; review and handoff bounds lowered only as
     * far as the order requires). Empty for a protected category and for one the profile does not list.
     */
    public Optional<ThresholdSet> relaxed(TopicCategory category, ThresholdSet active) {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(active, "active");
        if (category.protectedFromOverrides()) {
            return Optional.empty();
        }
        return Optional.ofNullable(autoRespondMin.get(category))
                .map(min -> ThresholdLowering.lowerAutoRespondTo(active, min));
    }
}
