/** The monitors' counters and gauges in Micrometer. */
package com.mangaassist.feedback.monitoring.adapter.out.metrics;
