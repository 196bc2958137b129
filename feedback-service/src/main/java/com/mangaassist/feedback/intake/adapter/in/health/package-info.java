/** The {@code rateLimits} health component. */
package com.mangaassist.feedback.intake.adapter.in.health;
