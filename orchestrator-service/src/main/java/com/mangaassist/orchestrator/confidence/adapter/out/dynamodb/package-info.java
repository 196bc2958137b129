/** Review outcomes in DynamoDB, read by topic and time through the key, never a scan. */
package com.mangaassist.orchestrator.confidence.adapter.out.dynamodb;
