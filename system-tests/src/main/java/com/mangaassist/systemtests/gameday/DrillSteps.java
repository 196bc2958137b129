package com.mangaassist.systemtests.gameday;

import com.mangaassist.systemtests.review.StaffClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The parts every drill shares: the customers' account and the incident's close and export. */
final class DrillSteps {

    private DrillSteps() {}

    /** Waits for every turn's final answer, prints the account and adds it to the report. */
    static void accountFor(
            DrillContext context, DrillReport report, List<DrillCustomers.Turn> turns, Duration patience) {
        Map<String, Integer> outcomes = DrillCustomers.awaitFinal(turns, patience);
        int answered = DrillCustomers.answered(outcomes) - outcomes.getOrDefault("shown_twice", 0);
        context.log()
                .say(
                        DrillLog.Kind.CUSTOMERS,
                        answered + " of " + turns.size() + " customer turns ended in an answer they saw: " + outcomes);
        report.customers(turns.size(), answered, outcomes);
        report.expect(answered == turns.size(), "customers left without an answer: " + outcomes);
    }

    /**
     * Closes the incident the alarm condition opened (or opens one by hand if none did, and says so), with a note
     * and a summary, then prints its Markdown timeline and checks the events are in time order.
     */
    static void closeAndExport(DrillContext context, DrillReport report, String alarm, String summary) {
        OncallDesk desk = context.desk();
        Optional<JsonNode> opened = desk.openIncidentFor(alarm);
        report.expect(opened.isPresent(), "no incident was opened for " + alarm);
        String id = opened.map(i -> i.get("id").asString())
                .orElseGet(() -> desk.openIncident("Game day scenario " + report.scenario() + ": " + alarm)
                        .get("id")
                        .asString());
        desk.note(id, "Game day, scenario " + report.scenario() + " (drill " + context.run() + "): " + summary);
        JsonNode view = desk.close(id, summary);
        String markdown = desk.timelineMarkdown(id);
        List<String> kinds = new ArrayList<>();
        Instant previous = Instant.MIN;
        boolean ordered = true;
        for (JsonNode event : view.path("timeline")) {
            kinds.add(event.get("kind").asString());
            Instant at = Instant.parse(event.get("at").asString());
            ordered &= !at.isBefore(previous);
            previous = at;
        }
        report.timeline(id, markdown, kinds);
        report.expect(ordered, "timeline events out of time order: " + kinds);
        report.expect(
                kinds.indexOf("ALARM") >= 0 && kinds.indexOf("RUNBOOK") > kinds.indexOf("ALARM"),
                "timeline does not show the alarm before the runbook run: " + kinds);
        context.log().say(DrillLog.Kind.TIMELINE, markdown.strip());
    }

    /**
     * Waits for {@code alarm} to fire with step {@code step} in act (up to {@code patience}), records the alarm, and
     * returns the checklist that showed it (evaluated with dry runs); empty, recorded as a problem, if it never did.
     */
    static Optional<JsonNode> awaitAlarm(
            DrillContext context, DrillReport report, String alarm, int step, Duration patience) {
        Optional<JsonNode> seen = context.desk()
                .awaitChecklist(
                        alarm + " and step " + step + " act",
                        c -> OncallDesk.firingAlarms(c).contains(alarm) && OncallDesk.acts(c, step),
                        patience);
        if (seen.isEmpty()) {
            report.expect(false, alarm + " never fired");
        } else {
            alarmFired(report, seen.get(), alarm);
        }
        return seen;
    }

    /** Step 9's recommendation: the prompt-improvement job frozen, recorded as the mitigation. */
    static void freezeAsRecommended(DrillContext context, DrillReport report, JsonNode checklist) {
        recommends(report, checklist, 9, "improvement-freeze").ifPresent(freeze -> {
            context.desk().runRecommended(freeze, Map.of());
            report.mitigated("prompt-improvement job frozen (runbook, step 9)");
        });
    }

    /** What only an ML lead may do once the data is clean again: unfreeze the improvement job. */
    static void unfreezeAsMlLead(DrillContext context, String reason) {
        StaffClient lead = context.staff("feedback", "gd-lead-" + context.run(), "ml-lead");
        StaffClient.Reply unfreeze = lead.post(
                "/api/runbook/feedback/improvement/unfreeze",
                Map.of("reason", reason, "dryRun", false),
                Map.of("Idempotency-Key", "gd-unfreeze-" + context.run()));
        context.log().say(DrillLog.Kind.MITIGATION, "an ML lead unfreezes the improvement job: " + unfreeze.status());
    }

    /** The alarm fired: recorded and checked. */
    static void alarmFired(DrillReport report, JsonNode checklist, String alarm) {
        boolean firing = OncallDesk.firingAlarms(checklist).contains(alarm);
        report.expect(firing, alarm + " did not fire");
        if (firing) {
            report.alarmFired(alarm);
        }
    }

    /** Step {@code n} says act and recommends {@code runbook}: recorded and checked. */
    static Optional<JsonNode> recommends(DrillReport report, JsonNode checklist, int n, String runbook) {
        Optional<JsonNode> suggestion = OncallDesk.runbook(checklist, n);
        boolean right = OncallDesk.acts(checklist, n)
                && suggestion.map(s -> s.get("name").asString().equals(runbook)).orElse(false);
        report.expect(
                right,
                "step " + n + " does not recommend " + runbook + ": "
                        + OncallDesk.describe(OncallDesk.step(checklist, n)));
        if (right) {
            report.runbookRecommended("step " + n + ": " + runbook);
        }
        return right ? suggestion : Optional.empty();
    }

    /** Step 1 names {@code component} as affected: recorded and checked. */
    static void namesComponent(DrillReport report, JsonNode checklist, String component) {
        JsonNode affected = OncallDesk.step(checklist, 1).path("evidence").path("affected");
        boolean named = false;
        for (JsonNode c : affected) {
            named |= c.asString().contains(component);
        }
        report.expect(named, "step 1 does not name " + component + " as affected: " + affected);
        if (named) {
            report.componentNamed(component);
        }
    }

    /** Checks a reviewer out, by on-call's force-check-out when that would leave the desk under minimum staffing. */
    static void checkOut(DrillContext context, String reviewerId) {
        StaffClient reviewer = context.staff("reviews", reviewerId, "reviewer");
        StaffClient.Reply out = reviewer.post("/api/reviewers/me/check-out", null);
        if (out.status() / 100 != 2) {
            StaffClient.Reply forced = context.desk()
                    .client("reviews")
                    .post(
                            "/api/runbook/reviewers/" + reviewerId + "/force-check-out",
                            Map.of("reason", "game day over", "dryRun", false),
                            Map.of("Idempotency-Key", "gameday-out-" + reviewerId));
            if (forced.status() / 100 != 2) {
                throw new IllegalStateException("cannot check " + reviewerId + " out: " + forced.raw());
            }
        }
    }
}
