package com.mangaassist.delivery.promise.domain;

import com.mangaassist.model.chat.ServerMessage;
import java.time.Instant;
import java.util.List;

/** The in-app inbox: answers that wait for the user's next connection. */
public interface Inbox {

    /** Stores {@code message} for {@code userId}; storing the same message id again replaces it. */
    void put(String userId, String messageId, Instant promisedAt, ServerMessage message);

    /** The user's items, oldest first. */
    List<InboxItem> items(String userId);

    void remove(String userId, String itemKey);

    /** One waiting message. */
    record InboxItem(String itemKey, String messageId, ServerMessage message) {}
}
