package com.mangaassist.delivery.promise.domain;

/**
 * Mobile push, a channel of the fallback chain. No provider exists yet: the only adapter reports
 * {@code false} (not sent) for everyone.
 */
public interface PushNotifier {

    /** True when a push was sent to the user's devices. */
    boolean push(String userId, String messageId, CustomerMessages.Email summary);
}
