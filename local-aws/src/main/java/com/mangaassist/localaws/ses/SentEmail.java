package com.mangaassist.localaws.ses;

import java.time.Instant;
import java.util.List;

/**
 * One mail accepted by the SES stand-in. {@code text} and {@code html} are null when the mail has no such part; for a
 * raw MIME message, {@code text} holds the undecoded body after the headers and {@code html} is null.
 */
public record SentEmail(
        String id,
        String from,
        List<String> to,
        List<String> cc,
        List<String> bcc,
        String subject,
        String text,
        String html,
        Instant receivedAt) {

    public SentEmail {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
    }

    /** Whether the address is among the recipients (to, cc or bcc), ignoring case. */
    public boolean isAddressedTo(String address) {
        return to.stream().anyMatch(address::equalsIgnoreCase)
                || cc.stream().anyMatch(address::equalsIgnoreCase)
                || bcc.stream().anyMatch(address::equalsIgnoreCase);
    }
}
