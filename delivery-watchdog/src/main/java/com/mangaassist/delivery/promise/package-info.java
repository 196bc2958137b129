/** Delivery promises: delivering answers to connections, the fallback chain, heartbeats, the watchdog and its runbooks. */
package com.mangaassist.delivery.promise;
