/** The monitors' periodic jobs, each run by one instance at a time. */
package com.mangaassist.feedback.monitoring.adapter.in.scheduling;
