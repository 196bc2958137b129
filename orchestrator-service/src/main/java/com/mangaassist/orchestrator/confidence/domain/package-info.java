/** Confidence features, the grounding check, the prior model, isotonic calibration and its quality. */
package com.mangaassist.orchestrator.confidence.domain;
