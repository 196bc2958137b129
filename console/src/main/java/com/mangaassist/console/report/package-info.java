/**
 * The weekly review (issue 15): the runbooks' weekly threshold review as one report for an ISO week (JST) — escalation
 * per category and hour, thresholds in force and the week's changes, reviewer demand against capacity, the
 * approved-unchanged share, calibration, feedback quality and delivery — as JSON and as a page with plots. Every
 * section says where its numbers come from and whether they cover the week or are the current reading.
 */
package com.mangaassist.console.report;
