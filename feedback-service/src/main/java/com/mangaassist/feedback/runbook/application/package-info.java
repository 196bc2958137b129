/** The runbooks themselves: idempotent, audited, dry run by default. */
package com.mangaassist.feedback.runbook.application;
