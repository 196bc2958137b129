/** Simulating a thresholds change against the stored history and the review service's capacity. */
package com.mangaassist.threshold.simulation.application;
