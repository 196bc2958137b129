/** The {@code review-signals} table: this instance's stats snapshot for the threshold service. */
package com.mangaassist.reviewqueue.stats.adapter.out.dynamodb;
