/**
 * Routing domain: threshold configurations (active, canary, overrides) and their per-turn resolution, the
 * router and its decisions, and the read-only thresholds port.
 */
package com.mangaassist.orchestrator.routing.domain;
