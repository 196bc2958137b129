/** An in-process, clock-driven cache of the current thresholds per topic. */
package com.mangaassist.orchestrator.routing.adapter.out.cache;
