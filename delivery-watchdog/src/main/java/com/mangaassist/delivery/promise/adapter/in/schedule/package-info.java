/** Runs the watchdog scan periodically. */
package com.mangaassist.delivery.promise.adapter.in.schedule;
