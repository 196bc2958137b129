package com.mangaassist.orchestrator.chat.application;

/** The gateway reports that a connection closed. */
public record DisconnectCustomerCommand(String connectionId, String userId) {}
