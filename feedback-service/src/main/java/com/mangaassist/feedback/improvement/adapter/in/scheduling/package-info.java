/** The weekly prompt-improvement schedule. */
package com.mangaassist.feedback.improvement.adapter.in.scheduling;
