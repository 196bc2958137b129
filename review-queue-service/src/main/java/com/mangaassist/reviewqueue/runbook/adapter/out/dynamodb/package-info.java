/** The audit-log table and runbook results kept for idempotency keys (on the locks table). */
package com.mangaassist.reviewqueue.runbook.adapter.out.dynamodb;
