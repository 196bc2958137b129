/** The queue's signals for self-protection: depth, age, rates, SLA breach, staffing, throughput. */
package com.mangaassist.reviewqueue.stats;
