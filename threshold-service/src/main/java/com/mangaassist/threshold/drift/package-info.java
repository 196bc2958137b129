/**
 * Drift: the thresholds the orchestrators read (the {@code thresholds} items) no longer match what this service
 * wrote (the version history), because someone wrote the table past change control — runbook scenario 3 applied the
 * careless way. Detected on a schedule, audited once per episode, paged, counted in a gauge (alarm
 * {@code ThresholdDrift}) and shown at {@code GET /api/thresholds/drift}; {@code revert-thresholds} ends it.
 */
package com.mangaassist.threshold.drift;
