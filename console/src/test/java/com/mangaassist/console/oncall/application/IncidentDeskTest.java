package com.mangaassist.console.oncall.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.console.oncall.domain.Fetched;
import com.mangaassist.console.oncall.domain.Incident;
import com.mangaassist.console.oncall.domain.IncidentEvent;
import com.mangaassist.console.oncall.domain.Signals;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncidentDeskTest {

    private static final Instant OPENED = Instant.parse("2026-12-04T11:05:00Z");

    private final MutableClock clock = new MutableClock(OPENED);
    private final FakeSuite suite = new FakeSuite();
    private final InMemoryIncidents store = new InMemoryIncidents();
    private final IncidentDesk desk = new IncidentDesk(store, suite, clock);

    @Test
    void theTimelineGathersRunbookRunsChangesPagesAndNotesOfTheWindowInTimeOrder() {
        Incident incident = desk.open("reviewers gone at peak", "oc-1");
        suite.audit = Fetched.of(List.of(
                audit(OPENED.minusSeconds(60), "review-queue-service", "bulk-approve", false), // before: left out
                audit(OPENED.plus(Duration.ofMinutes(3)), "threshold-service", "emergency-relaxation", true),
                audit(OPENED.plus(Duration.ofMinutes(4)), "threshold-service", "emergency-relaxation", false),
                audit(OPENED.plus(Duration.ofMinutes(6)), "threshold-service", "change-request:approved", false)));
        suite.pages = Fetched.of(List.of(
                new Signals.PageRecord("reviews", "backup reviewers", "3 paged", OPENED.plus(Duration.ofMinutes(2))),
                new Signals.PageRecord("reviews", "old page", "yesterday", OPENED.minus(Duration.ofDays(1)))));
        clock.advance(Duration.ofMinutes(5));
        assertThat(desk.note(incident.id(), "relaxation running", "oc-1")).isEqualTo(IncidentDesk.Outcome.DONE);
        clock.advance(Duration.ofMinutes(10));
        assertThat(desk.close(incident.id(), "queue drained", "oc-1")).isEqualTo(IncidentDesk.Outcome.DONE);

        IncidentDesk.Gathered gathered = desk.gather(incident.id(), "token").orElseThrow();

        assertThat(gathered.events())
                .extracting(IncidentEvent::kind)
                .containsExactly(
                        IncidentEvent.Kind.OPENED,
                        IncidentEvent.Kind.PAGE,
                        IncidentEvent.Kind.RUNBOOK_DRY_RUN,
                        IncidentEvent.Kind.RUNBOOK,
                        IncidentEvent.Kind.NOTE,
                        IncidentEvent.Kind.CONFIG,
                        IncidentEvent.Kind.CLOSED);
        assertThat(suite.auditSince).containsExactly(OPENED);

        String md = desk.timelineMarkdown(incident.id(), "token").orElseThrow();
        assertThat(md)
                .contains("# Incident " + incident.id() + ": reviewers gone at peak")
                .contains("- **T+0** (2026-12-04 20:05:00 JST / 11:05:00 UTC) — opened")
                .contains("- **T+2m** (2026-12-04 20:07:00 JST / 11:07:00 UTC) — page · reviews")
                .contains(
                        "- **T+15m** (2026-12-04 20:20:00 JST / 11:20:00 UTC) — closed · oc-1: incident closed: queue drained")
                .contains("## Root cause\n\n_to be written by a person_")
                .doesNotContain("yesterday")
                .doesNotContain("bulk-approve");
        assertThat(md.indexOf("runbook dry run")).isLessThan(md.indexOf("runbook run ·"));
    }

    @Test
    void aRunbookRunAuditedUnderItsServicesNameIsARunbookRunNotAConfigurationChange() {
        Incident incident = desk.open("queue backlog", "oc-1");
        suite.audit = Fetched.of(List.of(
                audit(OPENED.plusSeconds(10), "threshold-service", "threshold-service:emergency-relaxation", true),
                audit(OPENED.plusSeconds(11), "threshold-service", "override:emergency", false),
                audit(OPENED.plusSeconds(12), "threshold-service", "threshold-service:emergency-relaxation", false),
                audit(OPENED.plusSeconds(13), "feedback-service", "feedback:quarantine", false),
                audit(OPENED.plusSeconds(14), "threshold-service", "threshold-service:drift:detected", false)));
        clock.advance(Duration.ofMinutes(1));

        IncidentDesk.Gathered gathered = desk.gather(incident.id(), "token").orElseThrow();

        assertThat(gathered.events())
                .extracting(IncidentEvent::kind)
                .containsExactly(
                        IncidentEvent.Kind.OPENED,
                        IncidentEvent.Kind.RUNBOOK_DRY_RUN,
                        IncidentEvent.Kind.CONFIG,
                        IncidentEvent.Kind.RUNBOOK,
                        IncidentEvent.Kind.RUNBOOK,
                        IncidentEvent.Kind.CONFIG);
    }

    @Test
    void whatCannotBeGatheredIsSaidNotLeftOut() {
        Incident incident = desk.open("delivery failing", "oc-1");
        suite.audit = Fetched.failed("thresholds /api/audit answered 503");
        suite.pages = Fetched.failed("no pages");

        String md = desk.timelineMarkdown(incident.id(), "token").orElseThrow();

        assertThat(md)
                .contains("## Not in this timeline")
                .contains("answered 503")
                .contains("pages: could not be read");
    }

    @Test
    void aClosedIncidentTakesNoMoreNotesAndAnUnknownOneIsNotFound() {
        Incident incident = desk.open("x", "oc-1");
        desk.close(incident.id(), "", "oc-1");

        assertThat(desk.note(incident.id(), "late", "oc-1")).isEqualTo(IncidentDesk.Outcome.ALREADY_CLOSED);
        assertThat(desk.close(incident.id(), "", "oc-1")).isEqualTo(IncidentDesk.Outcome.ALREADY_CLOSED);
        assertThat(desk.note("inc-nope", "x", "oc-1")).isEqualTo(IncidentDesk.Outcome.NOT_FOUND);
        assertThat(desk.gather("inc-nope", "token")).isEmpty();
    }

    @Test
    void aNoteWrittenAgainstAStaleVersionIsRetriedNotLost() {
        Incident incident = desk.open("x", "oc-1");
        Incidents racing = new DelegatingIncidents(store) {
            private boolean raced;

            @Override
            public boolean update(Incident updated) {
                if (!raced) {
                    raced = true;
                    Incident stored = store.find(updated.id()).orElseThrow();
                    store.update(
                            stored.with(new IncidentEvent(clock.instant(), IncidentEvent.Kind.NOTE, "oc-2", "first")));
                }
                return super.update(updated);
            }
        };
        IncidentDesk racingDesk = new IncidentDesk(racing, suite, clock);

        assertThat(racingDesk.note(incident.id(), "second", "oc-1")).isEqualTo(IncidentDesk.Outcome.DONE);

        assertThat(store.find(incident.id()).orElseThrow().events())
                .extracting(IncidentEvent::text)
                .endsWith("first", "second");
    }

    @Test
    void aStaleClaimOfAConditionWhoseIncidentIsGoneDoesNotBlockANewOne() {
        store.claim("PromisesOverdue", "inc-lost");

        suite.gauge("mangaassist.delivery.undelivered", java.util.Map.of(), 3);
        List<String> opened = desk.observe(
                new EscalationChecklist(
                                suite,
                                since -> Fetched.of(List.of()),
                                desk,
                                com.mangaassist.console.oncall.domain.ChecklistPolicy.defaults(),
                                clock)
                        .alarms("token"),
                "oc-1");

        assertThat(opened).hasSize(1);
        assertThat(store.owner("PromisesOverdue")).contains(opened.get(0));
        assertThat(store.find(opened.get(0)).orElseThrow().condition()).isEqualTo(Optional.of("PromisesOverdue"));
    }

    private static Signals.AuditRecord audit(Instant at, String service, String action, boolean dryRun) {
        return new Signals.AuditRecord(at, service, "oc-1", action, "", "reviewers gone", dryRun, "");
    }

    /** Passes every call to another store; tests override one call. */
    static class DelegatingIncidents implements Incidents {
        private final Incidents delegate;

        DelegatingIncidents(Incidents delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean create(Incident incident) {
            return delegate.create(incident);
        }

        @Override
        public Optional<Incident> find(String id) {
            return delegate.find(id);
        }

        @Override
        public List<Incident> open() {
            return delegate.open();
        }

        @Override
        public boolean update(Incident updated) {
            return delegate.update(updated);
        }

        @Override
        public boolean claim(String condition, String incidentId) {
            return delegate.claim(condition, incidentId);
        }

        @Override
        public Optional<String> owner(String condition) {
            return delegate.owner(condition);
        }

        @Override
        public void release(String condition, String incidentId) {
            delegate.release(condition, incidentId);
        }
    }
}
