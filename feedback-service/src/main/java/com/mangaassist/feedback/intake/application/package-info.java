/** The submit-feedback use case and what it counts. */
package com.mangaassist.feedback.intake.application;
