package com.mangaassist.reviewqueue.task.domain;

/** Where review outcomes are recorded for calibration (port). Recording the same outcome twice is harmless. */
public interface ReviewOutcomes {

    void record(ReviewOutcome outcome);
}
