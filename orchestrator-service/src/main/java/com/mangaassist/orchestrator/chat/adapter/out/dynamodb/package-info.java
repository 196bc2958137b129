/** DynamoDB adapters of the chat ports: connections, sessions, messages. */
package com.mangaassist.orchestrator.chat.adapter.out.dynamodb;
