/** What the health endpoint says about the caches. */
package com.mangaassist.orchestrator.cache.adapter.in.health;
