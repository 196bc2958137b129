package com.mangaassist.console.oncall.domain;

import java.time.Instant;
import java.util.List;

/**
 * The escalation checklist evaluated at one instant: the eleven steps, every catalogue alarm as judged, and the
 * incidents this evaluation opened automatically.
 */
public record Checklist(
        Instant evaluatedAt, List<ChecklistStep> steps, List<AlarmReading> alarms, List<String> openedIncidents) {

    public Checklist {
        steps = List.copyOf(steps);
        alarms = List.copyOf(alarms);
        openedIncidents = List.copyOf(openedIncidents);
    }

    /** The worst status of any step. */
    public Status overall() {
        return steps.stream().map(ChecklistStep::status).reduce(Status.OK, Status::max);
    }

    public ChecklistStep step(int number) {
        return steps.stream()
                .filter(s -> s.step() == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step " + number));
    }

    public List<AlarmReading> firing() {
        return alarms.stream().filter(AlarmReading::firing).toList();
    }

    public Checklist withOpenedIncidents(List<String> opened) {
        return new Checklist(evaluatedAt, steps, alarms, opened);
    }
}
