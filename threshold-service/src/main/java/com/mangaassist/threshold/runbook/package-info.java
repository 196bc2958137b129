/**
 * On-call runbooks of change control: emergency relaxation (time-boxed), lifting it, revert to the last
 * known-good thresholds, prompt rollback. Dry run by default, reason required, idempotent by key, audited.
 */
package com.mangaassist.threshold.runbook;
