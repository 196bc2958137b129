/**
 * Turn statistics: every routed turn counted in memory (confidence histograms per topic and hour, decisions
 * per topic, thresholds variant and short bucket) and added to DynamoDB by a periodic flush, for the
 * threshold service's simulation, canary evaluation and breaker.
 */
package com.mangaassist.orchestrator.turnstats;
