package com.mangaassist.feedback.testing;

import com.mangaassist.feedback.intake.domain.RatedMessage;
import com.mangaassist.feedback.intake.domain.RatedMessages;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The messages table in memory: reads by key (always "consistent"); ids not found are absent. */
public class InMemoryRatedMessages implements RatedMessages {

    private final Map<String, RatedMessage> messages = new ConcurrentHashMap<>();

    public void put(RatedMessage message) {
        messages.put(message.messageId(), message);
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
