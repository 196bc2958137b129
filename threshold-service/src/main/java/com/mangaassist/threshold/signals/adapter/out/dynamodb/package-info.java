/** Reads the {@code review-signals} table the review-queue instances write. */
package com.mangaassist.threshold.signals.adapter.out.dynamodb;
