/** Redis caches in front of the answering ports. */
package com.mangaassist.orchestrator.answering.adapter.out.redis;
