package com.mangaassist.feedback.improvement.domain;

import java.util.Optional;

/** The prompt-improvement freeze flag (port); empty when it was never set, which means not frozen. */
public interface PipelineFreeze {

    Optional<FreezeState> current();

    void set(FreezeState state);
}
