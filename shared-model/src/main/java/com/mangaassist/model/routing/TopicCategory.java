package com.mangaassist.model.routing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The topic of a customer turn. {@link #code()} is the wire and storage form ({@code rare_manga});
 * {@link #risk()} is the topic's inherent risk used by confidence and routing; refund, complaint and
 * legal are never relaxed by overrides.
 */
public enum TopicCategory {
    GENERAL("general", Risk.LOW),
    PRODUCT_INFO("product_info", Risk.LOW),
    AVAILABILITY("availability", Risk.LOW),
    RARE_MANGA("rare_manga", Risk.MEDIUM),
    RECOMMENDATION("recommendation", Risk.LOW),
    ORDER_STATUS("order_status", Risk.MEDIUM),
    REFUND("refund", Risk.HIGH),
    COMPLAINT("complaint", Risk.HIGH),
    LEGAL("legal", Risk.HIGH);

    /** Inherent risk of answering a topic wrongly. */
    public enum Risk {
        LOW,
        MEDIUM,
        HIGH
    }

    private final String code;
    private final Risk risk;

    TopicCategory(String code, Risk risk) {
        this.code = code;
        this.risk = risk;
    }

    public String code() {
        return code;
    }

    public Risk risk() {
        return risk;
    }

    /** Money is involved: a review of such a turn is P1. */
    public boolean financial() {
        return this == REFUND;
    }

    /** Topics that no emergency or backpressure override may relax. */
    public boolean protectedFromOverrides() {
        return risk == Risk.HIGH;
    }

    public static Optional<TopicCategory> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
