package com.mangaassist.feedback.intake.domain;

import com.mangaassist.feedback.provenance.domain.AccountFacts;
import com.mangaassist.feedback.provenance.domain.ReputationStanding;
import java.util.Objects;
import java.util.Optional;

/**
 * What intake needs to know around one signal, read together: the record stored earlier under the same id
 * (a retry or a second opinion), the account's facts and reputation for provenance, and the quarantine
 * in force for the account or the rated message's session.
 */
public record SignalContext(
        Optional<FeedbackRecord> earlier,
        AccountFacts account,
        ReputationStanding reputation,
        Optional<String> quarantine) {

    public SignalContext {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(reputation, "reputation");
        Objects.requireNonNull(quarantine, "quarantine");
    }
}
