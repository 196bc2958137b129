/** The {@code confidence-histograms} table. */
package com.mangaassist.threshold.simulation.adapter.out.dynamodb;
