package com.mangaassist.feedback.provenance.domain;

/** Customer accounts as provenance sees them (port; the {@code customer-profiles} table). */
public interface AccountDirectory {

    AccountFacts find(String userId);
}
