/** The prompt-improvement job: a proposal built from clean feedback, never deployed by this service. */
package com.mangaassist.feedback.improvement;
