package com.mangaassist.feedback.improvement.application;

/** What the prompt-improvement job reports for monitoring (port). */
public interface ImprovementEvents {

    /** One run ended as {@code result}: proposed, refused or nothing. */
    void ran(String result);
}
