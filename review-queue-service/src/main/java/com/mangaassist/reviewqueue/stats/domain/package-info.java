/** The sliding window of arrivals and completions and the snapshot records. */
package com.mangaassist.reviewqueue.stats.domain;
