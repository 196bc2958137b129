/** On-call runbooks shared by every service: commands, results, the audit trail, idempotency and how a runbook runs. */
package com.mangaassist.common.runbook;
