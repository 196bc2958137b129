package com.mangaassist.delivery.promise.application;

import com.mangaassist.delivery.promise.domain.CustomerContacts;
import com.mangaassist.delivery.promise.domain.CustomerMessages;
import com.mangaassist.delivery.promise.domain.DeliveryChannel;
import com.mangaassist.delivery.promise.domain.DeliveryFailedException;
import com.mangaassist.delivery.promise.domain.EmailNotifier;
import com.mangaassist.delivery.promise.domain.FailureKind;
import com.mangaassist.delivery.promise.domain.Inbox;
import com.mangaassist.delivery.promise.domain.Promise;
import com.mangaassist.delivery.promise.domain.PushNotifier;
import com.mangaassist.model.chat.ServerMessage;
import java.util.Optional;

/**
 * When the connection is gone: the in-app inbox (always; drained on the next connect), email with an
 * apology when the profile has an address, and push when a provider exists.
 */
public final class FallbackChain {

    private final Inbox inbox;
    private final CustomerContacts contacts;
    private final EmailNotifier email;
    private final PushNotifier push;

    public FallbackChain(Inbox inbox, CustomerContacts contacts, EmailNotifier email, PushNotifier push) {
        this.inbox = inbox;
        this.contacts = contacts;
        this.email = email;
        this.push = push;
    }

    public DeliveryChannel keep(Promise promise, ServerMessage message) {
        if (promise.userId() == null || promise.userId().isBlank()) {
            throw new DeliveryFailedException(
                    FailureKind.UNREACHABLE, promise.messageId(), "promise has no user id: no fallback channel");
        }
        inbox.put(promise.userId(), promise.messageId(), promise.createdAt(), message);
        CustomerMessages.Email mail = CustomerMessages.email(message, promise.japanese());
        Optional<String> address = contacts.email(promise.userId());
        address.ifPresent(a -> email.send(a, promise.messageId(), mail));
        push.push(promise.userId(), promise.messageId(), mail);
        return DeliveryChannel.of(true, address.isPresent());
    }
}
