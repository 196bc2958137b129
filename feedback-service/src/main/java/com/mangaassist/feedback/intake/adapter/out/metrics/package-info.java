/** Intake meters in Micrometer. */
package com.mangaassist.feedback.intake.adapter.out.metrics;
