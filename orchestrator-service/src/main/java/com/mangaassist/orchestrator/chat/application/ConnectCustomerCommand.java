package com.mangaassist.orchestrator.chat.application;

/** A customer's WebSocket connected through the gateway. */
public record ConnectCustomerCommand(String connectionId, String userId, String sourceIp) {}
