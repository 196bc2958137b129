/** Monitors of the feedback data: anomaly detection, the data-quality gate, canary feedback and aggregates. */
package com.mangaassist.feedback.monitoring;
