/** An in-process, clock-driven cache of each topic's thresholds configuration. */
package com.mangaassist.orchestrator.routing.adapter.out.cache;
