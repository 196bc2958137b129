/** Routing domain: threshold values and versions, the router and its decisions, and the threshold ports. */
package com.mangaassist.orchestrator.routing.domain;
