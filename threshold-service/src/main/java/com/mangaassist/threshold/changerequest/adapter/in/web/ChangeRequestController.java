package com.mangaassist.threshold.changerequest.adapter.in.web;

import com.mangaassist.common.web.ApiProblem;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.changerequest.application.CanaryEvaluations;
import com.mangaassist.threshold.changerequest.application.ChangeControl;
import com.mangaassist.threshold.changerequest.application.ChangeOutcome;
import com.mangaassist.threshold.changerequest.application.ProposeCommand;
import com.mangaassist.threshold.changerequest.domain.Approver;
import com.mangaassist.threshold.changerequest.domain.CategoryOwners;
import com.mangaassist.threshold.changerequest.domain.ChangeKind;
import com.mangaassist.threshold.changerequest.domain.ChangeRequest;
import com.mangaassist.threshold.changerequest.domain.ChangeState;
import com.mangaassist.threshold.changerequest.domain.Evaluation;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Change requests (docs/API.md, "Governed configuration"). Any staff member proposes and reads; an ML lead
 * or category owner decides (the security rules), and {@link com.mangaassist.threshold.changerequest.domain.ApprovalPolicy}
 * decides who of them may decide which request. Refusals are problems with a stable code, and audited.
 */
@RestController
public class ChangeRequestController {

    private static final int MAX_NOTE = 1000;

    private final ChangeControl control;
    private final CanaryEvaluations evaluations;
    private final CategoryOwners owners;
    private final JsonMapper json;
    private final Clock clock;

    public ChangeRequestController(
            ChangeControl control, CanaryEvaluations evaluations, CategoryOwners owners, JsonMapper json, Clock clock) {
        this.control = control;
        this.evaluations = evaluations;
        this.owners = owners;
        this.json = json;
        this.clock = clock;
    }

    /** {@code {"kind", "changes", "reason", "canaryPercent"}}; see docs/API.md for {@code changes}. */
    public record ProposeBody(String kind, JsonNode changes, String reason, Double canaryPercent) {}

    /** An optional note with a decision. */
    public record DecisionBody(String note) {}

    @PostMapping("/api/change-requests")
    @ResponseStatus(HttpStatus.CREATED)
    public ChangeRequestView propose(@RequestBody ProposeBody body, Authentication caller) {
        if (body == null || body.kind() == null) {
            throw ApiProblem.badRequest("INVALID_REQUEST", "kind is required: THRESHOLDS or PROMPT");
        }
        ChangeKind kind = parseKind(body.kind());
        if (body.changes() == null || !body.changes().isObject()) {
            throw ApiProblem.badRequest("INVALID_REQUEST", "changes must be an object");
        }
        OptionalDouble percent =
                body.canaryPercent() == null ? OptionalDouble.empty() : OptionalDouble.of(body.canaryPercent());
        ProposeCommand command;
        if (kind == ChangeKind.THRESHOLDS) {
            command = new ProposeCommand(
                    caller.getName(),
                    kind,
                    ThresholdRequests.patches(body.changes()),
                    Optional.empty(),
                    Optional.empty(),
                    body.reason(),
                    percent);
        } else {
            command = new ProposeCommand(
                    caller.getName(),
                    kind,
                    Map.of(),
                    Optional.ofNullable(ThresholdRequests.text(body.changes(), "promptId")),
                    Optional.ofNullable(ThresholdRequests.text(body.changes(), "text")),
                    body.reason(),
                    percent);
        }
        return ChangeRequestView.of(control.propose(command), json);
    }

    @GetMapping("/api/change-requests")
    public List<ChangeRequestView> list(
            @RequestParam(name = "state", defaultValue = "PROPOSED") String state,
            @RequestParam(name = "limit", defaultValue = "50") int limit) {
        ChangeState wanted;
        try {
            wanted = ChangeState.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("INVALID_PARAMETER", "state must be one of " + List.of(ChangeState.values()));
        }
        if (limit < 1 || limit > 200) {
            throw ApiProblem.badRequest("INVALID_PARAMETER", "limit must be 1-200");
        }
        return control.inState(wanted, limit).stream()
                .map(r -> ChangeRequestView.of(r, json))
                .toList();
    }

    @GetMapping("/api/change-requests/{id}")
    public ChangeRequestView get(@PathVariable String id) {
        return ChangeRequestView.of(found(id), json);
    }

    /** How a running canary compares with its control so far (the verdict it would get now). */
    @GetMapping("/api/change-requests/{id}/evaluation")
    public Evaluation evaluation(@PathVariable String id) {
        ChangeRequest request = found(id);
        if (request.canary().isEmpty()) {
            throw ApiProblem.conflict("NO_CANARY", "change request " + id + " has not started a canary");
        }
        var end = request.state() == ChangeState.CANARY
                ? clock.instant()
                : request.canary().get().until();
        return evaluations.evaluate(request, end);
    }

    @PostMapping("/api/change-requests/{id}/approve")
    public ChangeRequestView approve(
            @PathVariable String id, @RequestBody(required = false) DecisionBody body, Authentication caller) {
        ApiProblem.checkedId(id, "id");
        return outcome(control.approve(id, approver(caller), note(body)));
    }

    @PostMapping("/api/change-requests/{id}/reject")
    public ChangeRequestView reject(
            @PathVariable String id, @RequestBody(required = false) DecisionBody body, Authentication caller) {
        ApiProblem.checkedId(id, "id");
        return outcome(control.reject(id, approver(caller), note(body)));
    }

    private ChangeRequest found(String id) {
        ApiProblem.checkedId(id, "id");
        return control.find(id)
                .orElseThrow(() -> ApiProblem.notFound("CHANGE_REQUEST_NOT_FOUND", "no change request " + id));
    }

    private ChangeRequestView outcome(ChangeOutcome outcome) {
        if (outcome instanceof ChangeOutcome.Done done) {
            return ChangeRequestView.of(done.request(), json);
        }
        if (outcome instanceof ChangeOutcome.NotFound missing) {
            throw ApiProblem.notFound("CHANGE_REQUEST_NOT_FOUND", "no change request " + missing.id());
        }
        ChangeOutcome.Refused refused = (ChangeOutcome.Refused) outcome;
        Set<String> forbidden = Set.of("PROPOSER_CANNOT_APPROVE", "ML_LEAD_REQUIRED", "NOT_CATEGORY_OWNER");
        if (forbidden.contains(refused.code())) {
            throw ApiProblem.forbidden(refused.code(), refused.message());
        }
        throw ApiProblem.conflict(refused.code(), refused.message());
    }

    private Approver approver(Authentication caller) {
        boolean mlLead = has(caller, "ROLE_ML_LEAD");
        Set<TopicCategory> owned = has(caller, "ROLE_CATEGORY_OWNER") ? owners.ownedBy(caller.getName()) : Set.of();
        return new Approver(caller.getName(), mlLead, owned);
    }

    private static boolean has(Authentication caller, String authority) {
        return caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(authority::equals);
    }

    private static String note(DecisionBody body) {
        String note = body == null || body.note() == null ? "" : body.note();
        if (note.length() > MAX_NOTE) {
            throw ApiProblem.badRequest("INVALID_REQUEST", "note must be at most " + MAX_NOTE + " characters");
        }
        return note;
    }

    private static ChangeKind parseKind(String kind) {
        try {
            return ChangeKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("INVALID_REQUEST", "kind must be THRESHOLDS or PROMPT");
        }
    }
}
