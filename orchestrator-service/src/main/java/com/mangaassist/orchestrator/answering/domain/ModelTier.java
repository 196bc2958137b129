package com.mangaassist.orchestrator.answering.domain;

/** Which foundation model a turn asks for: the fast default or the stronger one for complex or risky turns. */
public enum ModelTier {
    FAST,
    STRONG
}
