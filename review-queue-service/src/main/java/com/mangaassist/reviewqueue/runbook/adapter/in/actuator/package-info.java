/** The {@code runbooks} Actuator endpoint: the review queue's runbooks listed, described with their dry run, and run. */
package com.mangaassist.reviewqueue.runbook.adapter.in.actuator;
