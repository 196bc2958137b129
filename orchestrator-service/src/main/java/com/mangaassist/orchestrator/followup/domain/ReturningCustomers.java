package com.mangaassist.orchestrator.followup.domain;

/** Tells the delivery-watchdog that a customer connected, so answers waiting in their inbox are delivered. */
public interface ReturningCustomers {

    void connected(String userId, String connectionId);
}
