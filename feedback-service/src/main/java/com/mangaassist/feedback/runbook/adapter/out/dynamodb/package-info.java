/** The audit-log table, quarantine subjects, and runbook results and backfill checkpoints on the locks table. */
package com.mangaassist.feedback.runbook.adapter.out.dynamodb;
