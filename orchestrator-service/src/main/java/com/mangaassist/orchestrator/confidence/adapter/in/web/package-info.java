/** Calibration quality per topic over HTTP, for ML leads and on-call. */
package com.mangaassist.orchestrator.confidence.adapter.in.web;
