/** DynamoDB adapter of the turn statistics store: {@code ADD}-only updates of the two statistics tables. */
package com.mangaassist.orchestrator.turnstats.adapter.out.dynamodb;
