package com.mangaassist.orchestrator.chat.adapter.out.gateway;

/** Root exception of the connection-posting integration: the post failed for a reason other than Gone. */
public class CustomerNotificationException extends RuntimeException {

    public CustomerNotificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
