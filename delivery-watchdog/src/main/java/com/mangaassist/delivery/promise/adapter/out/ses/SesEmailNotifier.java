package com.mangaassist.delivery.promise.adapter.out.ses;

import com.mangaassist.delivery.promise.adapter.out.gateway.SdkFailures;
import com.mangaassist.delivery.promise.domain.CustomerMessages;
import com.mangaassist.delivery.promise.domain.DeliveryFailedException;
import com.mangaassist.delivery.promise.domain.EmailNotifier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/** Sends a plain-text email through SES v2 from the configured sender. */
public final class SesEmailNotifier implements EmailNotifier {

    private final SesV2Client ses;
    private final String from;

    public SesEmailNotifier(SesV2Client ses, String from) {
        this.ses = ses;
        this.from = from;
    }

    @Override
    public void send(String address, String messageId, CustomerMessages.Email email) {
        try {
            ses.sendEmail(r -> r.fromEmailAddress(from)
                    .destination(d -> d.toAddresses(address))
                    .content(c ->
                            c.simple(m -> m.subject(s -> s.data(email.subject()).charset("UTF-8"))
                                    .body(b -> b.text(t -> t.data(email.body()).charset("UTF-8"))))));
        } catch (SdkException e) {
            throw new DeliveryFailedException(
                    SdkFailures.classify(e), messageId, "fallback email failed: " + e.getMessage(), e);
        }
    }
}
