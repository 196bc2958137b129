/** Runs the turn statistics flush periodically and once more at shutdown. */
package com.mangaassist.orchestrator.turnstats.adapter.in.scheduling;
