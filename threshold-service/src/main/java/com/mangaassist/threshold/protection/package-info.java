/** Self-protection: backpressure when review capacity collapses and the peak-hours profile. */
package com.mangaassist.threshold.protection;
