package com.mangaassist.orchestrator.answering.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a question is about paying for an order (charges, payment methods failing, invoices), in
 * English or Japanese. It only ever raises a review's priority, so wording cannot be used to lower one.
 */
public final class PaymentMentions {

    private static final Pattern PAYMENT =
            Pattern.compile("\\b(payment|paid|pay|charged?|charges|billing|billed|invoice|credit card|card declined)\\b"
                    + "|支払|決済|請求|引き落と|課金|クレジットカード|代金");

    private PaymentMentions() {}

    public static boolean in(String text) {
        return PAYMENT.matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
