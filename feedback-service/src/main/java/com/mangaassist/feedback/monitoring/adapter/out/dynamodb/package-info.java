/** The canary's synthetic messages in the messages table. */
package com.mangaassist.feedback.monitoring.adapter.out.dynamodb;
