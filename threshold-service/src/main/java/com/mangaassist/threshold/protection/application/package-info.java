/** The self-protection jobs: backpressure from the review queue, the peak-hours profile. */
package com.mangaassist.threshold.protection.application;
