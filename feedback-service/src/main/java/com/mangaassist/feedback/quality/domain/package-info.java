/** The gate's port and report. */
package com.mangaassist.feedback.quality.domain;
