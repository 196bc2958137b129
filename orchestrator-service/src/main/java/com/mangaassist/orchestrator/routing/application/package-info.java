/** Routing use cases: seeding the default thresholds. */
package com.mangaassist.orchestrator.routing.application;
