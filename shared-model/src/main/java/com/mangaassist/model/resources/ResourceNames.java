package com.mangaassist.model.resources;

/** How logical resource names become physical ones: {@code <prefix>-<name>}. */
public final class ResourceNames {

    private ResourceNames() {}

    public static String physical(String prefix, String logicalName) {
        if (prefix == null || !prefix.matches("[a-zA-Z0-9][a-zA-Z0-9_-]{0,40}")) {
            throw new IllegalArgumentException("resource prefix must be 1-41 of [a-zA-Z0-9_-]: " + prefix);
        }
        return prefix + "-" + logicalName;
    }
}
