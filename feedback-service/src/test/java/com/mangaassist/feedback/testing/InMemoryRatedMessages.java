package com.mangaassist.feedback.testing;

import com.mangaassist.feedback.intake.domain.RatedMessage;
import com.mangaassist.feedback.intake.domain.RatedMessages;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The {@link RatedMessages} contract in memory: reads by key, ids not found are absent from batch results. */
public class InMemoryRatedMessages implements RatedMessages {

    private final Map<String, RatedMessage> messages = new ConcurrentHashMap<>();

    public InMemoryRatedMessages put(RatedMessage message) {
        messages.put(message.messageId(), message);
        return this;
    }

    public void remove(String messageId) {
        messages.remove(messageId);
    }

    @Override
    public Optional<RatedMessage> find(String messageId) {
        return Optional.ofNullable(messages.get(messageId));
    }

    @Override
    public Map<String, RatedMessage> findAll(Collection<String> messageIds) {
        Map<String, RatedMessage> found = new HashMap<>();
        for (String id : messageIds) {
            RatedMessage message = messages.get(id);
            if (message != null) {
                found.put(id, message);
            }
        }
        return found;
    }
}
