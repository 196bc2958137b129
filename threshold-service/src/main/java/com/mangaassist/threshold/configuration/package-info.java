/**
 * Versioned configuration: the thresholds per category (active, canary, overrides in force) and the
 * system prompts, their immutable history, and the one place that writes them (with optimistic
 * concurrency and a change announcement to the orchestrators).
 */
package com.mangaassist.threshold.configuration;
