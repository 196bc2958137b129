package com.mangaassist.orchestrator.chat.application;

import com.mangaassist.orchestrator.chat.domain.RawFrame;

/** A frame a customer sent on a connection. */
public record HandleCustomerFrameCommand(String connectionId, String userId, RawFrame frame) {}
