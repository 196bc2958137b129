/** Micrometer gauges over a periodically refreshed snapshot, and the understaffing page. */
package com.mangaassist.reviewqueue.stats.adapter.in.metrics;
