package com.mangaassist.delivery.promise.domain;

/**
 * The one root exception of the delivery integrations (management API, SES, queue input). Carries the
 * {@link FailureKind} and the message id; its message never contains customer text or tokens.
 */
public class DeliveryFailedException extends RuntimeException {

    private final FailureKind kind;
    private final String messageId;

    public DeliveryFailedException(FailureKind kind, String messageId, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.messageId = messageId;
    }

    public DeliveryFailedException(FailureKind kind, String messageId, String message) {
        this(kind, messageId, message, null);
    }

    public FailureKind kind() {
        return kind;
    }

    public String messageId() {
        return messageId;
    }
}
