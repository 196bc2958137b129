package com.mangaassist.feedback.intake.domain;

/** How related a correction is to the question it corrects (port; sentence embeddings). */
public interface Relatedness {

    /** Cosine similarity of the two texts' embeddings, in [-1, 1]. */
    double similarity(String question, String correction);
}
