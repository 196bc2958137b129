package com.mangaassist.orchestrator.answering.domain;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.chat.domain.Language;
import java.util.List;
import java.util.Objects;

/**
 * What the foundation model is asked: the versioned system prompt, the customer's question, the
 * classifier's topic as a hint, the retrieved products to ground on, the tier and the output budget.
 */
public record ModelRequest(
        String systemPrompt,
        String promptVersion,
        String question,
        Language language,
        TopicCategory topicHint,
        List<RetrievedProduct> context,
        ModelTier tier,
        int maxTokens) {

    public ModelRequest {
        Objects.requireNonNull(systemPrompt, "systemPrompt");
        Objects.requireNonNull(promptVersion, "promptVersion");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(topicHint, "topicHint");
        Objects.requireNonNull(tier, "tier");
        context = List.copyOf(context);
        if (maxTokens < 1 || maxTokens > 4096) {
            throw new IllegalArgumentException("maxTokens must be in [1, 4096]: " + maxTokens);
        }
    }
}
