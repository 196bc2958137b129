package com.mangaassist.orchestrator.answering.domain;

/** Customer profiles by user id; never fails for an unknown user (returns {@link CustomerProfile#unknown}). */
public interface CustomerProfiles {

    CustomerProfile find(String userId);
}
