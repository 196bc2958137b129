package com.mangaassist.orchestrator.answering.domain;

/** The active version of a system prompt. Changes are governed elsewhere (change control). */
public interface Prompts {

    Prompt active(String promptId);
}
