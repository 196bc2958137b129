/** Micrometer meters for the delivery path, named for the runbook alarms. */
package com.mangaassist.delivery.promise.adapter.out.micrometer;
