package com.mangaassist.console.report.adapter.in.web;

import com.mangaassist.console.report.application.WeeklyReview;
import com.mangaassist.console.report.domain.IsoWeek;
import com.mangaassist.console.report.domain.ReportSection;
import com.mangaassist.console.report.domain.WeeklyReport;
import com.mangaassist.console.signin.adapter.in.web.TokenAuthentication;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The weekly review for on-call and ML leads: {@code GET /api/oncall/weekly-report?week=YYYY-Www} (bearer),
 * {@code /console/oncall/weekly-report} (the console session; the page's JSON download) and the page {@code /weekly}.
 * Default week: the last complete one (JST). 400 {@code INVALID_WEEK} for anything else than an ISO week that has
 * begun.
 */
@Controller
public class WeeklyReportController {

    private final WeeklyReview review;
    private final Clock clock;

    public WeeklyReportController(WeeklyReview review, Clock clock) {
        this.review = review;
        this.clock = clock;
    }

    @GetMapping({"/api/oncall/weekly-report", "/console/oncall/weekly-report"})
    @ResponseBody
    public ResponseEntity<?> report(
            @RequestParam(name = "week", required = false) String week, TokenAuthentication caller) {
        Optional<IsoWeek> resolved = resolve(week);
        if (resolved.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST, "week must be an ISO week that has begun, for example 2026-W49");
            problem.setType(URI.create("about:blank"));
            problem.setProperty("code", "INVALID_WEEK");
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        WeeklyReport report = review.report(resolved.get(), caller.user().token());
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", "inline; filename=\"weekly-review-" + report.week() + ".json\"")
                .body(report);
    }

    @GetMapping("/weekly")
    public String page(
            @RequestParam(name = "week", required = false) String week, TokenAuthentication caller, Model model) {
        Optional<IsoWeek> resolved = resolve(week);
        if (resolved.isEmpty()) {
            model.addAttribute("invalidWeek", week);
            resolved = Optional.of(IsoWeek.lastComplete(clock.instant()));
        }
        IsoWeek shown = resolved.get();
        WeeklyReport report = review.report(shown, caller.user().token());
        model.addAttribute("report", report);
        model.addAttribute("previousWeek", shown.previous().toString());
        IsoWeek next = IsoWeek.containing(shown.end());
        model.addAttribute("nextWeek", review.reportable(next) ? next.toString() : null);
        model.addAttribute("escalationChart", escalationChart(report.section("escalation")));
        model.addAttribute("capacityChart", capacityChart(report.section("capacity")));
        return "weekly";
    }

    private Optional<IsoWeek> resolve(String week) {
        if (week == null || week.isBlank()) {
            return Optional.of(IsoWeek.lastComplete(clock.instant()));
        }
        return IsoWeek.parse(week.strip()).filter(review::reportable);
    }

    @SuppressWarnings("unchecked")
    private static String escalationChart(ReportSection section) {
        Object hours = section.data().get("allCategoriesByHourJst");
        return hours instanceof List<?> list
                ? WeeklyCharts.escalationByHour(
                        (List<Map<String, Object>>) list, "Escalation rate per hour of day (JST), all categories")
                : null;
    }

    private static String capacityChart(ReportSection section) {
        Object demand = section.data().get("demandEscalatedPerHourJst");
        Object decided = section.data().get("decidedPerHourJst");
        Object notReached = section.data().get("notReachedPerHourJst");
        Object capacity = section.data().get("completionsPerHourNow");
        return demand instanceof List<?> list
                ? WeeklyCharts.demandAgainstCapacity(
                        list,
                        decided instanceof List<?> d ? d : List.of(),
                        notReached instanceof List<?> n ? n : List.of(),
                        capacity instanceof Number n ? n.doubleValue() : null,
                        "Escalated turns per hour of day, reviews decided and not reached in time,"
                                + " against review completions per hour now")
                : null;
    }
}
