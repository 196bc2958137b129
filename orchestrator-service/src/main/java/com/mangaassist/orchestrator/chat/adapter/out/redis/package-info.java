/** Redis in front of the chat's connection and session lookups. */
package com.mangaassist.orchestrator.chat.adapter.out.redis;
