/** The single-runner lease port. */
package com.mangaassist.feedback.jobs.application;
