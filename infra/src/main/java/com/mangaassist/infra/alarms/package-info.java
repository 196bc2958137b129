/** The runbooks' CloudWatch alarms, one per entry of the shared alarm catalogue (docs/ALARMS.md). */
package com.mangaassist.infra.alarms;
