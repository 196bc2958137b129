/** Turn statistics use case: flushing the tally to the store without losing or double-writing counts. */
package com.mangaassist.orchestrator.turnstats.application;
