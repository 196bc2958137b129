package com.mangaassist.model.routing;

/** What the orchestrator did with a turn. */
public enum RouteDecision {
    AUTO_RESPOND,
    REVIEW,
    HANDOFF
}
