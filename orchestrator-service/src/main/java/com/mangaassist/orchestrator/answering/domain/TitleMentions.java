package com.mangaassist.orchestrator.answering.domain;

/** Whether a customer's question names a product (by its title, English title or a Japanese alias). */
@FunctionalInterface
public interface TitleMentions {

    boolean mentioned(String question, Product product);
}
