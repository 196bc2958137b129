/** The {@code runbooks} Actuator endpoint: scenario 4's delivery runbooks listed, described with their dry run, and run. */
package com.mangaassist.delivery.promise.adapter.in.actuator;
