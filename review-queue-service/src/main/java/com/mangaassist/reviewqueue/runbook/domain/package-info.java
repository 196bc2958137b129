/** Audit entries, runbook results and their ports. */
package com.mangaassist.reviewqueue.runbook.domain;
