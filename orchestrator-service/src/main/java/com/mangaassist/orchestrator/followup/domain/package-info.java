/** Promises, workflow starts and handoffs as values and ports; no AWS types. */
package com.mangaassist.orchestrator.followup.domain;
