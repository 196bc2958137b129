/** Routing: per-topic confidence thresholds and the decision to auto-respond, review or hand off a turn. */
package com.mangaassist.orchestrator.routing;
