package com.mangaassist.orchestrator.model.adapter.out.bedrock;

import java.util.Map;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The health component {@code modelRoutes}: each Bedrock route's circuit breaker and what it means for customers.
 * Always UP: with a breaker open the orchestrator still answers (strong turns go to the fast model; with the fast one
 * open, turns are handed to a person, docs/ROUTING.md), so a health check must not take it out of service; on-call
 * reads {@code degraded} and the breakers' states (details are shown to on-call only).
 */
public final class ModelRoutesHealth implements HealthIndicator {

    private final BedrockFoundationModel model;

    public ModelRoutesHealth(BedrockFoundationModel model) {
        this.model = model;
    }

    @Override
    public Health health() {
        Map<String, String> states = model.breakerStates();
        boolean fastOpen = "OPEN".equals(states.get("fast"));
        boolean strongOpen = "OPEN".equals(states.get("strong"));
        String effect;
        if (fastOpen) {
            effect = "fast model refused: turns without a draft are handed to a person";
        } else if (strongOpen) {
            effect = "strong model refused: strong-tier turns are answered by the fast model";
        } else {
            effect = "both models in use";
        }
        return Health.up()
                .withDetail("fast", states.get("fast"))
                .withDetail("strong", states.get("strong"))
                .withDetail("degraded", fastOpen || strongOpen)
                .withDetail("effect", effect)
                .build();
    }
}
