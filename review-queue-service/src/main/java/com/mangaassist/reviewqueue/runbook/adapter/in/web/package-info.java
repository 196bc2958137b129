/** /api/runbook/reviews/** and /api/runbook/reviewers/{id}/force-check-out (on-call). */
package com.mangaassist.reviewqueue.runbook.adapter.in.web;
