package com.mangaassist.feedback.intake.domain;

/** A binary signal. */
public enum Signal {
    UP,
    DOWN
}
