package com.mangaassist.orchestrator.topic.domain;

/** How the n-gram model is trained: passes over the data, first step size, L2 penalty, rarest feature kept. */
record TrainingSettings(int epochs, double learningRate, double l2, int minDocumentFrequency, long seed) {

    static final TrainingSettings DEFAULT = new TrainingSettings(4, 4.0, 1e-3, 2, 20_240_611L);

    TrainingSettings {
        if (epochs < 1 || learningRate <= 0 || l2 < 0 || minDocumentFrequency < 1) {
            throw new IllegalArgumentException("invalid training settings: " + this);
        }
    }
}
