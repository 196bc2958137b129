package com.mangaassist.console.chat.domain;

import java.net.URI;

/** Where customers chat: the WebSocket gateway's URL ({@code ws://…/} locally, {@code wss://…} in AWS). */
public record ChatGateway(URI url) {}
