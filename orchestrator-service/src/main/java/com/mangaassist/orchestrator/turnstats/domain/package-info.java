/** Turn statistics domain: routed turns, the in-memory tally, mergeable totals and the store port. */
package com.mangaassist.orchestrator.turnstats.domain;
