/** DynamoDB adapters of the threshold ports: the {@code thresholds} and {@code threshold-versions} tables. */
package com.mangaassist.orchestrator.routing.adapter.out.dynamodb;
