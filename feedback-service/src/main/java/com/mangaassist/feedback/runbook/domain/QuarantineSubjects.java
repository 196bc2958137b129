package com.mangaassist.feedback.runbook.domain;

import java.util.Optional;

/** The quarantine table as the runbooks write it (port); intake reads the same items to quarantine new signals. */
public interface QuarantineSubjects {

    Optional<QuarantineState> find(String subject);

    void save(QuarantineState state);
}
