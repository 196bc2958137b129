/** The runbooks' REST paths under {@code /api/runbook/thresholds/…} and {@code /api/runbook/prompts/…}. */
package com.mangaassist.threshold.runbook.adapter.in.web;
