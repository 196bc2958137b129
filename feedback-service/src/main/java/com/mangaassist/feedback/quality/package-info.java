/** The feedback data-quality gate. */
package com.mangaassist.feedback.quality;
