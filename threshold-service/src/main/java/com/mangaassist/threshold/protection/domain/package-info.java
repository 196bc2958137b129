/** Backpressure levels and their policy, threshold relaxation and the time-of-day profile: pure rules. */
package com.mangaassist.threshold.protection.domain;
