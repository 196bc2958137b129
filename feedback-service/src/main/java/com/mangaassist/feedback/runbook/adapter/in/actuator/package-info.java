/** The {@code runbooks} Actuator endpoint: feedback's runbooks listed, described with their dry run, and run. */
package com.mangaassist.feedback.runbook.adapter.in.actuator;
