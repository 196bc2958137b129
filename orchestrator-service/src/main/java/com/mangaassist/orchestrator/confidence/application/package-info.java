/** Confidence use cases: score a turn, refresh calibrations from review outcomes, report their quality. */
package com.mangaassist.orchestrator.confidence.application;
