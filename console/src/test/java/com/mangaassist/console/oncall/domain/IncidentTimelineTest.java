package com.mangaassist.console.oncall.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IncidentTimelineTest {

    private static final Instant OPENED = Instant.parse("2026-12-04T11:05:00Z");

    @Test
    void offsetsReadLikeTheRunbooksTimelines() {
        assertThat(IncidentTimeline.offset(Duration.ZERO)).isEqualTo("T+0");
        assertThat(IncidentTimeline.offset(Duration.ofSeconds(42))).isEqualTo("T+42s");
        assertThat(IncidentTimeline.offset(Duration.ofMinutes(5))).isEqualTo("T+5m");
        assertThat(IncidentTimeline.offset(Duration.ofMinutes(65))).isEqualTo("T+1h05m");
        assertThat(IncidentTimeline.offset(Duration.ofMinutes(-3))).isEqualTo("T-3m");
    }

    @Test
    void wallClockIsJstAndUtc() {
        assertThat(IncidentTimeline.wallClock(Instant.parse("2026-12-04T15:30:00Z")))
                .isEqualTo("2026-12-05 00:30:00 JST / 15:30:00 UTC");
    }

    @Test
    void gatheredEventsAreMergedInTimeOrderAndAnOpenIncidentRunsUntilNow() {
        Incident incident = Incident.open("inc-1", "queue backlog", OPENED, "oc-1", Optional.of("ReviewP1Wait"));
        IncidentEvent later =
                new IncidentEvent(OPENED.plusSeconds(600), IncidentEvent.Kind.RUNBOOK, "threshold-service", "relax");
        IncidentEvent earlier = new IncidentEvent(OPENED.plusSeconds(60), IncidentEvent.Kind.PAGE, "reviews", "paged");

        String md = IncidentTimeline.markdown(incident, List.of(later, earlier), List.of(), OPENED.plusSeconds(900));

        assertThat(md.indexOf("T+1m")).isLessThan(md.indexOf("T+10m"));
        assertThat(md)
                .contains("- State: open")
                .contains("- Closed: still open")
                .contains("- Duration: 15 min")
                .contains("- Alarm condition: ReviewP1Wait")
                .doesNotContain("Not in this timeline");
    }

    @Test
    void anIncidentNeedsATitleAndAWellFormedId() {
        assertThatThrownBy(() -> Incident.open("inc-1", " ", OPENED, "oc-1", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Incident.open("../x", "t", OPENED, "oc-1", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
