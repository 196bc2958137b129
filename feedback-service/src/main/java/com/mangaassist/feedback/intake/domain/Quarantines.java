package com.mangaassist.feedback.intake.domain;

import java.util.Optional;

/** Quarantines in force (port): new signals from a quarantined account or session are stored quarantined. */
public interface Quarantines {

    /** The reason if the account or the session is quarantined now. */
    Optional<String> inForce(String userId, String sessionId);
}
