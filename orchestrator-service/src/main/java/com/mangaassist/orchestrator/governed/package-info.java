/**
 * Reading configuration governed by threshold-service (thresholds, system prompts): the change
 * notifications it publishes and the clock-driven caches they invalidate.
 */
package com.mangaassist.orchestrator.governed;
