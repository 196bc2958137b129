/** On-call runbooks for feedback: quarantine and lift, topic backfill, freeze and unfreeze of prompt improvement. */
package com.mangaassist.feedback.runbook;
