/** The audit-log table and runbook results kept under idempotency keys on the locks table. */
package com.mangaassist.common.runbook.dynamodb;
