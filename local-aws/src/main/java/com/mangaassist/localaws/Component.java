package com.mangaassist.localaws;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The stand-ins the stack can start; every one by default, fewer when a test JVM needs less. */
public enum Component {
    DYNAMODB,
    SQS,
    /** Step Functions (the review workflow); its SQS integrations need {@link #SQS}. */
    STEPFUNCTIONS,
    REDIS,
    OPENSEARCH,
    GATEWAY,
    SES,
    ISSUER;

    /** Parses a comma-separated list such as {@code opensearch,redis}; blank means none. */
    public static Set<Component> parse(String list) {
        Set<Component> components = EnumSet.noneOf(Component.class);
        if (list == null || list.isBlank()) {
            return components;
        }
        for (String name : list.split(",")) {
            String trimmed = name.strip().toUpperCase(Locale.ROOT);
            try {
                components.add(valueOf(trimmed));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "unknown local-aws component '" + name.strip() + "'; known: " + EnumSet.allOf(Component.class),
                        e);
            }
        }
        return components;
    }
}
