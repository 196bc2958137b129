/** The feedback, messages (consistent reads) and quarantines tables. */
package com.mangaassist.feedback.intake.adapter.out.dynamodb;
