/** DynamoDB adapters of the answering ports: customer profiles and versioned prompts. */
package com.mangaassist.orchestrator.answering.adapter.out.dynamodb;
