/** Feedback records, corrections and their sanitising, and the ports intake needs. */
package com.mangaassist.feedback.intake.domain;
