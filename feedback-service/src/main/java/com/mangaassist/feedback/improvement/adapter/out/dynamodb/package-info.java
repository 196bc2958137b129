/** The prompts table (read), the change-requests table (prompt proposals) and the freeze flag on locks. */
package com.mangaassist.feedback.improvement.adapter.out.dynamodb;
