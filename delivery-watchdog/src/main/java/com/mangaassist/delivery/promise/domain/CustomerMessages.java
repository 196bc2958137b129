package com.mangaassist.delivery.promise.domain;

import com.mangaassist.model.chat.DelayedResponse;
import com.mangaassist.model.chat.HandoffNotice;
import com.mangaassist.model.chat.Heartbeat;
import com.mangaassist.model.chat.ReviewedResponse;
import com.mangaassist.model.chat.ServerMessage;
import com.mangaassist.model.delivery.DeliveryKind;
import com.mangaassist.model.delivery.DeliveryRequest;
import com.mangaassist.model.delivery.Disclaimers;
import java.time.Duration;

/** What the customer is sent: the mapping of queue requests, heartbeats, late answers and email text. */
public final class CustomerMessages {

    static final String OVERDUE_HANDOFF =
            "We are sorry this is taking longer than we promised. A member of staff will contact you.";
    static final String OVERDUE_HANDOFF_JA = "お待たせして申し訳ございません。担当スタッフより改めてご連絡いたします。";

    private CustomerMessages() {}

    /** The server message for a response request ({@code reviewed}, {@code delayed}, {@code handoff}). */
    public static ServerMessage of(DeliveryRequest request) {
        switch (request.kind()) {
            case REVIEWED:
                return new ReviewedResponse(request.messageId(), request.text());
            case DELAYED:
                return new DelayedResponse(
                        request.messageId(), request.text(), request.disclaimer(), request.disclaimerJa());
            case HANDOFF:
                return new HandoffNotice(
                        request.messageId(),
                        request.text(),
                        request.textJa() == null ? request.text() : request.textJa());
            default:
                throw new IllegalArgumentException(
                        "a " + DeliveryKind.INBOX_DRAIN.code() + " request is not a customer message");
        }
    }

    /**
     * What an overdue promise sends: the AI draft as a {@code delayed_response} with the apology and the
     * unreviewed disclaimer in both languages, or a handoff apology when there is no draft.
     */
    public static ServerMessage overdue(Promise promise) {
        if (promise.draft() == null || promise.draft().isBlank()) {
            return new HandoffNotice(promise.messageId(), OVERDUE_HANDOFF, OVERDUE_HANDOFF_JA);
        }
        return new DelayedResponse(
                promise.messageId(),
                promise.draft(),
                Disclaimers.APOLOGY + " " + Disclaimers.UNREVIEWED,
                Disclaimers.APOLOGY_JA + Disclaimers.UNREVIEWED_JA);
    }

    /** "Still working on your question… (2 minutes elapsed)" in both languages, with whole minutes. */
    public static Heartbeat heartbeat(String messageId, Duration elapsed) {
        long minutes = Math.max(1, elapsed.toMinutes());
        String unit = minutes == 1 ? "minute" : "minutes";
        return new Heartbeat(
                messageId,
                elapsed.toSeconds(),
                "Still working on your question… (" + minutes + " " + unit + " elapsed)",
                "回答を準備しています…（" + minutes + "分経過）");
    }

    /** Subject and body of the fallback email: the apology line, then the answer (and its disclaimer). */
    public static Email email(ServerMessage message, boolean japanese) {
        String subject = japanese ? "MangaAssistからのご回答" : "Your answer from MangaAssist";
        String apology = japanese ? Disclaimers.APOLOGY_JA : Disclaimers.APOLOGY;
        return new Email(subject, apology + "\n\n" + text(message, japanese));
    }

    static String text(ServerMessage message, boolean japanese) {
        if (message instanceof ReviewedResponse) {
            return ((ReviewedResponse) message).text();
        }
        if (message instanceof DelayedResponse) {
            DelayedResponse delayed = (DelayedResponse) message;
            return delayed.response() + "\n\n" + (japanese ? delayed.disclaimerJa() : delayed.disclaimer());
        }
        if (message instanceof HandoffNotice) {
            HandoffNotice handoff = (HandoffNotice) message;
            return japanese ? handoff.textJa() : handoff.text();
        }
        throw new IllegalArgumentException(
                "not an answer: " + message.getClass().getSimpleName());
    }

    /** An email's subject and plain-text body. */
    public record Email(String subject, String body) {}
}
