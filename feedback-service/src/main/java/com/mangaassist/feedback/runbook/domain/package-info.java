/** Runbook results, the audit trail, quarantine subjects and backfill checkpoints (values and ports). */
package com.mangaassist.feedback.runbook.domain;
