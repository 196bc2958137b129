package com.mangaassist.console.report.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.console.oncall.application.FakeSuite;
import com.mangaassist.console.oncall.domain.Fetched;
import com.mangaassist.console.oncall.domain.Signals;
import com.mangaassist.console.report.domain.IsoWeek;
import com.mangaassist.console.report.domain.ReportSection;
import com.mangaassist.console.report.domain.WeeklyReport;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeeklyReviewTest {

    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");
    private static final IsoWeek W48 = IsoWeek.parse("2026-W48").orElseThrow();

    private final FakeSuite suite = new FakeSuite();
    private final List<String> asked = new ArrayList<>();
    private Fetched<List<ReportSources.CategoryWeek>> routing = Fetched.of(List.of(
            new ReportSources.CategoryWeek(
                    "general",
                    30,
                    0.3,
                    List.of(
                            // Monday 20:00 JST and Tuesday 20:00 JST: the same hour of day
                            new ReportSources.Hour(Instant.parse("2026-11-23T11:00:00Z"), 10, 0.5),
                            new ReportSources.Hour(Instant.parse("2026-11-24T11:00:00Z"), 10, 0.3),
                            // Monday 09:00 JST
                            new ReportSources.Hour(Instant.parse("2026-11-23T00:00:00Z"), 10, 0.1))),
            new ReportSources.CategoryWeek(
                    "availability",
                    0,
                    null,
                    List.of(new ReportSources.Hour(Instant.parse("2026-11-23T11:00:00Z"), 0, null)))));
    private Fetched<ReportSources.ReviewWeek> reviews =
            Fetched.of(new ReportSources.ReviewWeek(17, 2, 1, 4, 3, 0.85, hours(20, 14L), hours(21, 7L)));

    private final ReportSources sources = new ReportSources() {
        @Override
        public Fetched<List<CategoryWeek>> routing(Instant from, Instant to, String token) {
            asked.add("routing " + from + " " + to + " " + token);
            return routing;
        }

        @Override
        public Fetched<List<InForce>> thresholds(String token) {
            return Fetched.of(List.of(new InForce("general", 3, 0.85, 0.55, 0.3, 0.85, "ACTIVE")));
        }

        @Override
        public Fetched<ReviewWeek> reviewDecisions(Instant from, Instant to, String token) {
            asked.add("reviews " + from + " " + to);
            return reviews;
        }

        @Override
        public Fetched<DeliveryWeek> deliveries(Instant from, Instant to, String token) {
            asked.add("deliveries " + from + " " + to);
            return Fetched.of(new DeliveryWeek(90, 10, 0, 0.9));
        }

        @Override
        public Fetched<List<TopicCalibration>> calibration(Instant from, Instant to, String token) {
            asked.add("calibration " + from + " " + to);
            return Fetched.failed("orchestrator /api/confidence/calibration answered 403");
        }

        @Override
        public Fetched<List<TopicFeedback>> feedback(LocalDate from, LocalDate to, String token) {
            asked.add("feedback " + from + " " + to);
            return Fetched.of(List.of(new TopicFeedback("general", 8, 2, 1, 0.8)));
        }
    };

    /** 24 hours of day, all zero but {@code hour}. */
    private static List<Long> hours(int hour, long count) {
        List<Long> hours = new ArrayList<>(Collections.nCopies(24, 0L));
        hours.set(hour, count);
        return hours;
    }

    private WeeklyReport report() {
        return new WeeklyReview(sources, suite, Clock.fixed(NOW, ZoneOffset.UTC)).report(W48, "t-1");
    }

    @Test
    void theWeeksEscalationIsBinnedByHourOfDayInJapanAcrossTheDays() {
        ReportSection escalation = report().section("escalation");

        assertThat(escalation.coverage()).isEqualTo("week");
        assertThat(asked).contains("routing 2026-11-22T15:00:00Z 2026-11-29T15:00:00Z t-1");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> hours =
                (List<Map<String, Object>>) escalation.data().get("allCategoriesByHourJst");
        assertThat(hours).hasSize(24);
        assertThat(hours.get(20)).containsEntry("turns", 20L).containsEntry("escalationRate", 0.4);
        assertThat(hours.get(9)).containsEntry("turns", 10L).containsEntry("escalationRate", 0.1);
        assertThat(hours.get(3)).containsEntry("turns", 0L).containsEntry("escalationRate", null);
    }

    @Test
    void demandIsTheWeeksEscalatedTurnsPerHourOfDayAgainstTheCapacityNow() {
        ReportSection capacity = report().section("capacity");

        assertThat(capacity.coverage()).isEqualTo("mixed");
        @SuppressWarnings("unchecked")
        List<Double> demand = (List<Double>) capacity.data().get("demandEscalatedPerHourJst");
        assertThat(demand.get(20)).isEqualTo(Math.round(8.0 / 7 * 1000) / 1000.0);
        assertThat(capacity.data())
                .containsEntry("activeReviewersNow", 3)
                .containsEntry("completionsPerHourNow", 270.0);
    }

    @Test
    void theWeeksReviewsDecidedAndNotReachedShowTheHoursReviewersFellShort() {
        ReportSection capacity = report().section("capacity");

        @SuppressWarnings("unchecked")
        List<Double> decided = (List<Double>) capacity.data().get("decidedPerHourJst");
        @SuppressWarnings("unchecked")
        List<Double> notReached = (List<Double>) capacity.data().get("notReachedPerHourJst");
        assertThat(decided).hasSize(24);
        assertThat(decided.get(20)).isEqualTo(2.0);
        assertThat(notReached.get(21)).isEqualTo(1.0);
        assertThat(notReached.get(20)).isZero();
        assertThat(capacity.data()).containsEntry("hoursReviewersFellShortJst", List.of(21));

        reviews = Fetched.of(new ReportSources.ReviewWeek(5, 5, 0, 0, 0, 0.5, List.of(), List.of()));
        assertThat(report().section("capacity").data().get("decidedPerHourJst"))
                .asString()
                .startsWith("unavailable");
    }

    @Test
    void theWeeksThresholdChangesAreThresholdServicesRealRunsOnly() {
        suite.audit = Fetched.of(List.of(
                new Signals.AuditRecord(
                        Instant.parse("2026-11-25T02:00:00Z"),
                        "threshold-service",
                        "ml-1",
                        "change-request:promoted",
                        "general",
                        "",
                        false,
                        "0.80 -> 0.85"),
                new Signals.AuditRecord(
                        Instant.parse("2026-11-25T03:00:00Z"),
                        "threshold-service",
                        "oc-1",
                        "threshold-service:emergency-relaxation",
                        "",
                        "",
                        true,
                        "dry"),
                new Signals.AuditRecord(
                        Instant.parse("2026-11-25T04:00:00Z"),
                        "feedback-service",
                        "oc-1",
                        "feedback:quarantine",
                        "",
                        "",
                        false,
                        "")));

        ReportSection thresholds = report().section("thresholds");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> changes =
                (List<Map<String, Object>>) thresholds.data().get("changesThisWeek");
        assertThat(changes)
                .singleElement()
                .satisfies(c -> assertThat(c)
                        .containsEntry("action", "change-request:promoted")
                        .containsEntry("summary", "0.80 -> 0.85"));
        assertThat(thresholds.data().get("inForceNow")).asList().hasSize(1);
    }

    @Test
    void aSourceThatDoesNotAnswerLeavesItsSectionUnavailableAndTheRestStands() {
        routing = Fetched.failed("thresholds /api/routing/stats: unreachable");
        suite.queue = Fetched.failed("reviews /api/reviews/stats answered 403");
        WeeklyReport withTheWeeksReviews = report();
        assertThat(withTheWeeksReviews.section("capacity").unavailable()).isEmpty();
        assertThat(withTheWeeksReviews.section("capacity").data())
                .containsKey("decidedPerHourJst")
                .containsEntry("capacityNow", "unavailable: reviews /api/reviews/stats answered 403");
        reviews = Fetched.failed("reviews /api/reviews/decisions answered 403");

        WeeklyReport report = report();

        assertThat(report.section("escalation").unavailable()).contains("thresholds /api/routing/stats: unreachable");
        assertThat(report.section("capacity").unavailable()).isPresent();
        assertThat(report.section("approvedUnchanged").unavailable())
                .contains("reviews /api/reviews/decisions answered 403");
        assertThat(report.section("calibration").unavailable())
                .hasValueSatisfying(why -> assertThat(why).contains("403"));
        assertThat(report.section("feedback").unavailable()).isEmpty();
        assertThat(report.section("deliveries").data()).containsEntry("delivered", 90L);
        assertThat(report.sections()).hasSize(7);
    }

    @Test
    void theWeeksApprovedUnchangedShareIsTheScenario3SignalAboveFourFifths() {
        ReportSection approved = report().section("approvedUnchanged");
        assertThat(approved.coverage()).isEqualTo("week");
        assertThat(asked).contains("reviews 2026-11-22T15:00:00Z 2026-11-29T15:00:00Z");
        assertThat(approved.data())
                .containsEntry("share", 0.85)
                .containsEntry("humanDecisions", 20L)
                .containsEntry("timedOut", 3L)
                .containsEntry("signal", true);

        reviews = Fetched.of(new ReportSources.ReviewWeek(5, 5, 0, 0, 0, 0.5, List.of(), List.of()));
        assertThat(report().section("approvedUnchanged").data()).containsEntry("signal", false);
        reviews = Fetched.of(new ReportSources.ReviewWeek(0, 0, 0, 0, 2, null, List.of(), List.of()));
        assertThat(report().section("approvedUnchanged").data())
                .containsEntry("signal", false)
                .containsEntry("share", null);
    }

    @Test
    void theWeeksPromisesAreCountedByHowTheyWereKept() {
        ReportSection deliveries = report().section("deliveries");

        assertThat(deliveries.coverage()).isEqualTo("week");
        assertThat(asked).contains("deliveries 2026-11-22T15:00:00Z 2026-11-29T15:00:00Z");
        assertThat(deliveries.data()).containsEntry("keptOnTimeShare", 0.9).containsEntry("fallback", 10L);
    }

    @Test
    void feedbackOfTheWeekIsReadForItsSevenJapaneseDaysAndAWeekNotBegunIsNotReportable() {
        report();
        assertThat(asked).contains("feedback 2026-11-23 2026-11-29");

        WeeklyReview review = new WeeklyReview(sources, suite, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(review.reportable(IsoWeek.containing(NOW))).isTrue();
        assertThat(review.reportable(IsoWeek.containing(NOW).previous())).isTrue();
        assertThat(review.reportable(IsoWeek.parse("2026-W50").orElseThrow())).isFalse();
    }
}
