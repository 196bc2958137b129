/** Use cases: deliver a queued response, drain an inbox, the watchdog scan, and the on-call runbooks. */
package com.mangaassist.delivery.promise.application;
