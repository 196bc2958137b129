package com.mangaassist.feedback.provenance.application;

/**
 * One judging pass: binary signals {@code scanned}, judged against a reviewer ({@code byReviewer}) or the
 * topic majority ({@code byMajority}), and {@code notJudged} (no review, and a tie or no other accounts).
 */
public record JudgeReport(int scanned, int byReviewer, int byMajority, int notJudged) {}
