package com.mangaassist.delivery.promise.domain;

/** Sends the fallback email. */
public interface EmailNotifier {

    /** @throws DeliveryFailedException when the mail service refuses it */
    void send(String address, String messageId, CustomerMessages.Email email);
}
