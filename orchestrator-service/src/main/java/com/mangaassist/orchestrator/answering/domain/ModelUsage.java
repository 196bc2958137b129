package com.mangaassist.orchestrator.answering.domain;

/** Which model served a call, its token usage, cost in USD and latency. */
public record ModelUsage(String modelId, int inputTokens, int outputTokens, double costUsd, long latencyMillis) {

    public static ModelUsage none(String modelId) {
        return new ModelUsage(modelId, 0, 0, 0.0, 0);
    }
}
