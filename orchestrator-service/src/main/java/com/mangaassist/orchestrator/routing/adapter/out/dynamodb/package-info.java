/** DynamoDB adapter of the thresholds port: reads the {@code thresholds} table (written by threshold-service). */
package com.mangaassist.orchestrator.routing.adapter.out.dynamodb;
