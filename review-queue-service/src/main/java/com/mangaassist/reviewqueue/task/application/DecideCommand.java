package com.mangaassist.reviewqueue.task.application;

import com.mangaassist.reviewqueue.task.domain.ReviewDecision;
import com.mangaassist.reviewqueue.task.domain.Reviewer;
import java.util.Objects;

/**
 * A reviewer's decision on a task. EDIT needs {@code editedResponse} (at most {@value #MAX_EDITED_CHARS}
 * characters); notes are at most {@value #MAX_NOTES_CHARS}; the idempotency key at most 100.
 */
public record DecideCommand(
        String taskId,
        Reviewer reviewer,
        ReviewDecision decision,
        String editedResponse,
        String notes,
        String idempotencyKey) {

    public static final int MAX_EDITED_CHARS = 4000;
    public static final int MAX_NOTES_CHARS = 1000;
    public static final int MAX_KEY_CHARS = 100;

    public DecideCommand {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(decision, "decision");
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_CHARS) {
            throw new IllegalArgumentException("Idempotency-Key is required, at most " + MAX_KEY_CHARS + " characters");
        }
        if (decision == ReviewDecision.EDIT && (editedResponse == null || editedResponse.isBlank())) {
            throw new IllegalArgumentException("EDIT needs editedResponse");
        }
        if (editedResponse != null && editedResponse.length() > MAX_EDITED_CHARS) {
            throw new IllegalArgumentException("editedResponse is longer than " + MAX_EDITED_CHARS + " characters");
        }
        if (notes != null && notes.length() > MAX_NOTES_CHARS) {
            throw new IllegalArgumentException("notes are longer than " + MAX_NOTES_CHARS + " characters");
        }
        if (decision != ReviewDecision.EDIT) {
            editedResponse = null;
        }
    }
}
