/** On-call runbooks of the review queue: audited, idempotent, with a dry run. */
package com.mangaassist.reviewqueue.runbook;
