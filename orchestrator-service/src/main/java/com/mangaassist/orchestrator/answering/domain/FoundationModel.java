package com.mangaassist.orchestrator.answering.domain;

/**
 * Answers a grounded customer question with structured output. Implementations always set an output
 * token budget, validate the output and report usage; expected failures are outcomes, not exceptions.
 */
public interface FoundationModel {

    ModelOutcome answer(ModelRequest request);
}
