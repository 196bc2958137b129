package com.mangaassist.threshold.changerequest.application;

import com.mangaassist.threshold.changerequest.domain.ChangeRequest;

/** What became of a command on a change request. */
public sealed interface ChangeOutcome {

    record Done(ChangeRequest request) implements ChangeOutcome {}

    /** No such request (or not visible to the caller). */
    record NotFound(String id) implements ChangeOutcome {}

    /** Refused: a stable code, words for a person; audited. */
    record Refused(String code, String message) implements ChangeOutcome {}
}
