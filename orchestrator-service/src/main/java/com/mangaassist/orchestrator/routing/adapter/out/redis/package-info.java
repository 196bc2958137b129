/** Redis pub/sub: announcing threshold changes and invalidating cached thresholds when one is heard. */
package com.mangaassist.orchestrator.routing.adapter.out.redis;
