/** Running the prompt-improvement job: gate and freeze checks, reading clean feedback, storing the proposal. */
package com.mangaassist.feedback.improvement.application;
