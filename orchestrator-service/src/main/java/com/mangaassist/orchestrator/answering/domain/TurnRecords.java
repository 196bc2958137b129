package com.mangaassist.orchestrator.answering.domain;

import java.time.Instant;

/** Adds to a turn's message record how it was answered and routed. */
public interface TurnRecords {

    void recordOutcome(String messageId, TurnRecord record, Instant decidedAt);
}
