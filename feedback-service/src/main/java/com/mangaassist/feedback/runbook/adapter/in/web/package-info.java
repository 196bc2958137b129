/** The runbooks' REST paths under /api/runbook/feedback. */
package com.mangaassist.feedback.runbook.adapter.in.web;
