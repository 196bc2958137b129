package com.mangaassist.threshold.audit.adapter.in.web;

import com.mangaassist.common.web.ApiProblem;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.audit.domain.ChangeAuditEntry;
import com.mangaassist.threshold.audit.domain.ChangeAuditTrail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit?since=…&until=…&category=…&limit=…} (any staff): the append-only trail of every
 * service, oldest first. {@code since} defaults to 24 hours ago and may reach back at most 31 days;
 * {@code until} defaults to now; {@code limit} 1-1000 (default 200).
 */
@RestController
public class AuditController {

    static final Duration DEFAULT_WINDOW = Duration.ofHours(24);
    static final Duration MAX_WINDOW = Duration.ofDays(31);

    private final ChangeAuditTrail trail;
    private final Clock clock;

    public AuditController(ChangeAuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @GetMapping("/api/audit")
    public List<ChangeAuditEntry> read(
            @RequestParam(name = "since", required = false) String since,
            @RequestParam(name = "until", required = false) String until,
            @RequestParam(name = "category", required = false) String category,
            @RequestParam(name = "limit", defaultValue = "200") int limit) {
        Instant now = clock.instant();
        Instant to = until == null ? now : instant(until, "until");
        Instant from = since == null ? to.minus(DEFAULT_WINDOW) : instant(since, "since");
        if (from.isAfter(to)) {
            throw ApiProblem.badRequest("INVALID_PARAMETER", "since must not be after until");
        }
        if (Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
            throw ApiProblem.badRequest("INVALID_PARAMETER", "the window may span at most 31 days");
        }
        if (limit < 1 || limit > ChangeAuditTrail.MAX_READ) {
            throw ApiProblem.badRequest("INVALID_PARAMETER", "limit must be 1-" + ChangeAuditTrail.MAX_READ);
        }
        Optional<String> code = Optional.ofNullable(category)
                .map(c -> TopicCategory.fromCode(c)
                        .map(TopicCategory::code)
                        .orElseThrow(() -> ApiProblem.badRequest("UNKNOWN_CATEGORY", "unknown category")));
        return trail.read(from, to, code, limit);
    }

    private static Instant instant(String text, String name) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("INVALID_PARAMETER", name + " must be an ISO-8601 instant");
        }
    }
}
