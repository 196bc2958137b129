package com.mangaassist.feedback.runbook.domain;

import java.util.Optional;

/** Backfill checkpoints by job id (port; consistent reads). */
public interface BackfillCheckpoints {

    Optional<BackfillCheckpoint> find(String jobId);

    void save(BackfillCheckpoint checkpoint);
}
