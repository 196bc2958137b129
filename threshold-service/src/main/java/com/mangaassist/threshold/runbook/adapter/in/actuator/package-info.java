/** The {@code runbooks} Actuator endpoint: change control's runbooks listed, described with their dry run, and run. */
package com.mangaassist.threshold.runbook.adapter.in.actuator;
