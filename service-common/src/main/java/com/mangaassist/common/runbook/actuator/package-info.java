/** The {@code runbooks} Actuator endpoint's shared half: listing, describing with a dry run, and running a service's runbooks. */
package com.mangaassist.common.runbook.actuator;
