/**
 * Game days: a drill per runbook scenario against a running local suite ({@code ./game-day --scenario N} after
 * {@code ./run-local}, or {@code GameDaySystemTest}). Each drill injects its incident, prints as it unfolds which
 * alarm fired, what the escalation checklist said, what mitigated it and what the customers got, and ends with the
 * incident's exported timeline. docs/GAME-DAYS.md.
 */
package com.mangaassist.systemtests.gameday;
