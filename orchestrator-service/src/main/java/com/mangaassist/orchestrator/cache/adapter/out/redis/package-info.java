/** The Redis caches' shared access: best effort, behind a circuit breaker. */
package com.mangaassist.orchestrator.cache.adapter.out.redis;
