/** The monitoring use cases: detect anomalies, evaluate the quality gate, run the canary, compute aggregates. */
package com.mangaassist.feedback.monitoring.application;
