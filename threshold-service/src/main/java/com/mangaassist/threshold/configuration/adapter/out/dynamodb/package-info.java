/** DynamoDB adapters: the {@code thresholds}, {@code threshold-versions} and {@code prompts} tables. */
package com.mangaassist.threshold.configuration.adapter.out.dynamodb;
