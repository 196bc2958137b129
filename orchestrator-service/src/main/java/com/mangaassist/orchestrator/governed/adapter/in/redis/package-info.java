/** Redis pub/sub change notifications that invalidate cached governed configuration. */
package com.mangaassist.orchestrator.governed.adapter.in.redis;
