package com.mangaassist.threshold.changerequest.domain;

/** What a change request changes. */
public enum ChangeKind {
    THRESHOLDS,
    PROMPT
}
