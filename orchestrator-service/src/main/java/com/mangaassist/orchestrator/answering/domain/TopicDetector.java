package com.mangaassist.orchestrator.answering.domain;

import com.mangaassist.orchestrator.chat.domain.Language;

/** Decides the topic of a customer's text. */
@FunctionalInterface
public interface TopicDetector {

    TopicGuess detect(String text, Language language);
}
