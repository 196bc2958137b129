package com.mangaassist.console.api.domain;

import java.util.Arrays;
import java.util.Optional;

/** The services whose public APIs the console calls, by the name pages use in {@code /console/api/<name>/…}. */
public enum Upstream {
    ORCHESTRATOR("orchestrator"),
    REVIEWS("reviews"),
    FEEDBACK("feedback"),
    THRESHOLDS("thresholds"),
    DELIVERIES("deliveries");

    private final String pathName;

    Upstream(String pathName) {
        this.pathName = pathName;
    }

    public String pathName() {
        return pathName;
    }

    public static Optional<Upstream> fromPath(String name) {
        return Arrays.stream(values()).filter(u -> u.pathName.equals(name)).findFirst();
    }
}
