package com.mangaassist.orchestrator.topic.domain;

import com.mangaassist.orchestrator.chat.domain.Language;

/**
 * Says which topic a customer's text is about. Any text, including empty or meaningless text, gets a
 * prediction; such text gets a flat distribution and a small margin rather than an exception.
 * Implementations are thread-safe and deterministic: the same text and language give the same prediction.
 */
public interface TopicClassifier {

    TopicPrediction classify(String text, Language language);
}
