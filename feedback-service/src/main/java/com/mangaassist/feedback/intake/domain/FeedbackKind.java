package com.mangaassist.feedback.intake.domain;

/** What a customer said about an answer: a thumbs up or down, a corrected answer, or a preferred answer of two. */
public enum FeedbackKind {
    BINARY,
    CORRECTION,
    PREFERENCE
}
