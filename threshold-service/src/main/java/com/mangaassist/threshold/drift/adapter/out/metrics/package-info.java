/** The {@code mangaassist.threshold.drift.categories} gauge. */
package com.mangaassist.threshold.drift.adapter.out.metrics;
