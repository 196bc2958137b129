package com.mangaassist.feedback.intake.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code messages} table as feedback reads it (port): always by the message's key with a strongly
 * consistent read, never through an index (scenario 5).
 */
public interface RatedMessages {

    Optional<RatedMessage> find(String messageId);

    /** Several at once (consistent batch read); ids not found are absent from the map. */
    Map<String, RatedMessage> findAll(Collection<String> messageIds);
}
