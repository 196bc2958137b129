package com.mangaassist.console.oncall.application;

import com.mangaassist.console.oncall.domain.Fetched;
import com.mangaassist.console.oncall.domain.Signals;
import java.time.Instant;
import java.util.List;

/**
 * The review workflow's executions (Step Functions ListExecutions; locally the stand-in): those still running, and
 * those that timed out or failed since {@code since}, newest first.
 */
public interface ReviewExecutions {

    Fetched<List<Signals.Execution>> runningAndEndedBadlySince(Instant since);
}
