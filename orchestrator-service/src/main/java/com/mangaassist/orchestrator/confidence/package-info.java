/** Confidence: the probability that a reviewer would approve an answer unchanged, calibrated per topic. */
package com.mangaassist.orchestrator.confidence;
