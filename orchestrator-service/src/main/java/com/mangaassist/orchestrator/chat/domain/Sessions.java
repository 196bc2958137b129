package com.mangaassist.orchestrator.chat.domain;

import java.time.Instant;

/** Chat sessions. */
public interface Sessions {

    /** Creates the session; a session id is never written twice. */
    void open(ChatSession session);

    /** Records activity (a turn) on the session. */
    void touch(String sessionId, Instant at);

    void close(String sessionId, Instant at);
}
