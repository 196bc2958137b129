package com.mangaassist.reviewqueue.task.domain;

/**
 * The {@code outcome} attribute of a review outcome. Only {@code APPROVED_UNCHANGED}, {@code EDITED} and
 * {@code REJECTED} are human judgements; {@code TIMED_OUT} marks every answer that went out without
 * one (workflow timeout, auto-delivery of aged tasks, bulk approval), which calibration skips.
 */
public enum OutcomeKind {
    APPROVED_UNCHANGED,
    EDITED,
    REJECTED,
    TIMED_OUT
}
