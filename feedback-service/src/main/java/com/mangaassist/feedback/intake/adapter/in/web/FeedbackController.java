package com.mangaassist.feedback.intake.adapter.in.web;

import com.mangaassist.common.web.ApiProblem;
import com.mangaassist.feedback.intake.application.SubmitFeedback;
import com.mangaassist.feedback.intake.application.SubmitFeedbackCommand;
import com.mangaassist.feedback.intake.application.SubmitOutcome;
import com.mangaassist.feedback.intake.domain.FeedbackKind;
import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.FeedbackStore;
import com.mangaassist.feedback.intake.domain.Signal;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/feedback} (customer, on the caller's own messages) and {@code GET /api/feedback/{id}}
 * (the customer who gave it sees its summary; on-call and ML leads see the whole record). Another
 * customer's message or feedback is a 404, exactly like an unknown one.
 */
@RestController
public class FeedbackController {

    /** Largest accepted body field of free text (a correction is limited further by configuration). */
    static final int MAX_TEXT = 10_000;

    private final SubmitFeedback submit;
    private final FeedbackStore store;

    public FeedbackController(SubmitFeedback submit, FeedbackStore store) {
        this.submit = submit;
        this.store = store;
    }

    @PostMapping("/api/feedback")
    public ResponseEntity<?> submit(@RequestBody FeedbackBody body, Authentication caller) {
        SubmitOutcome outcome = submit.submit(command(body, caller.getName()));
        if (outcome instanceof SubmitOutcome.Accepted accepted) {
            return ResponseEntity.status(HttpStatus.CREATED).body(FeedbackReceipt.of(accepted.record()));
        }
        if (outcome instanceof SubmitOutcome.Replayed replayed) {
            return ResponseEntity.ok(FeedbackReceipt.of(replayed.record()));
        }
        if (outcome instanceof SubmitOutcome.AlreadySubmitted) {
            throw ApiProblem.conflict(
                    "ALREADY_SUBMITTED", "A different signal of this type was already given for this message.");
        }
        if (outcome instanceof SubmitOutcome.Refused refused) {
            throw ApiProblem.unprocessable(refused.code(), refused.detail());
        }
        if (outcome instanceof SubmitOutcome.RateLimited limited) {
            throw new ApiProblem(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "RATE_LIMITED",
                    "Too much feedback of this type from this " + limited.scope() + "; try again later.",
                    limited.retryAfter());
        }
        throw ApiProblem.notFound("MESSAGE_NOT_FOUND", "No such message.");
    }

    @GetMapping("/api/feedback/{feedbackId}")
    public Object read(@PathVariable String feedbackId, Authentication caller) {
        ApiProblem.checkedId(feedbackId, "feedbackId");
        Optional<FeedbackRecord> record = store.find(feedbackId);
        boolean staff = hasRole(caller, "ONCALL") || hasRole(caller, "ML_LEAD");
        if (record.isEmpty() || !(staff || record.get().userId().equals(caller.getName()))) {
            throw ApiProblem.notFound("FEEDBACK_NOT_FOUND", "No such feedback.");
        }
        return staff ? FeedbackView.of(record.get()) : FeedbackReceipt.of(record.get());
    }

    static SubmitFeedbackCommand command(FeedbackBody body, String userId) {
        if (body == null) {
            throw ApiProblem.badRequest("INVALID_BODY", "A JSON body is required.");
        }
        ApiProblem.checkedId(body.messageId(), "messageId");
        if (body.type() == null) {
            throw ApiProblem.unprocessable("INVALID_TYPE", "type must be BINARY, CORRECTION or PREFERENCE.");
        }
        FeedbackKind kind = Arrays.stream(FeedbackKind.values())
                .filter(k -> k.name().equals(body.type()))
                .findFirst()
                .orElseThrow(() ->
                        ApiProblem.unprocessable("INVALID_TYPE", "type must be BINARY, CORRECTION or PREFERENCE."));
        Signal signal = null;
        if (body.signal() != null) {
            signal = Arrays.stream(Signal.values())
                    .filter(s -> s.name().equals(body.signal()))
                    .findFirst()
                    .orElseThrow(() -> ApiProblem.unprocessable("INVALID_SIGNAL", "signal must be UP or DOWN."));
        }
        if (body.correction() != null && body.correction().length() > MAX_TEXT) {
            throw ApiProblem.unprocessable("CORRECTION_LENGTH", "The correction is too long.");
        }
        if (body.chosenMessageId() != null) {
            ApiProblem.checkedId(body.chosenMessageId(), "chosenMessageId");
        }
        if (body.rejectedMessageId() != null) {
            ApiProblem.checkedId(body.rejectedMessageId(), "rejectedMessageId");
        }
        if (body.sessionId() != null) {
            ApiProblem.checkedId(body.sessionId(), "sessionId");
        }
        if (body.topic() != null && body.topic().length() > 40) {
            throw ApiProblem.unprocessable("TOPIC_MISMATCH", "topic does not match the rated message.");
        }
        return new SubmitFeedbackCommand(
                userId,
                kind,
                body.messageId(),
                signal,
                body.correction(),
                body.chosenMessageId(),
                body.rejectedMessageId(),
                body.topic(),
                body.sessionId(),
                false);
    }

    private static boolean hasRole(Authentication caller, String role) {
        return caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }

    /**
     * The request: {@code messageId}, {@code type}, and per type {@code signal}, {@code correction}, or
     * {@code chosenMessageId} + {@code rejectedMessageId}; optionally the {@code topic} and {@code sessionId} the
     * client believes the message has (checked, never trusted).
     */
    public record FeedbackBody(
            String messageId,
            String type,
            String signal,
            String correction,
            String chosenMessageId,
            String rejectedMessageId,
            String topic,
            String sessionId) {}
}
