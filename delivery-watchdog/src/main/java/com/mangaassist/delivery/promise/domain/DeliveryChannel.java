package com.mangaassist.delivery.promise.domain;

/** How a promise was kept, as recorded in the promise's {@code channel} attribute and metric tags. */
public enum DeliveryChannel {
    WEBSOCKET("websocket"),
    INBOX("inbox"),
    EMAIL("email"),
    INBOX_AND_EMAIL("inbox+email");

    private final String code;

    DeliveryChannel(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static DeliveryChannel of(boolean inbox, boolean email) {
        if (inbox && email) {
            return INBOX_AND_EMAIL;
        }
        if (email) {
            return EMAIL;
        }
        if (inbox) {
            return INBOX;
        }
        throw new IllegalArgumentException("a fallback uses at least one channel");
    }
}
