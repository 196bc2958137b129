package com.mangaassist.threshold.configuration.domain;

import com.mangaassist.model.routing.ThresholdSet;
import java.util.Locale;
import java.util.stream.Collectors;

/** Short, stable text of configurations for the audit trail's before and after. */
public final class Describe {

    private Describe() {}

    public static String set(ThresholdSet set) {
        return String.format(
                Locale.ROOT,
                "auto>=%.3f review>=%.3f handoff<%.3f",
                set.autoRespondMin(),
                set.reviewMin(),
                set.handoffBelow());
    }

    public static String configuration(CategoryConfiguration c) {
        StringBuilder text = new StringBuilder()
                .append(c.category().code())
                .append(" v")
                .append(c.active().version())
                .append(' ')
                .append(set(c.active().thresholds()));
        c.canary()
                .ifPresent(canary -> text.append("; canary v")
                        .append(canary.version())
                        .append(' ')
                        .append(set(canary.thresholds()))
                        .append(String.format(Locale.ROOT, " %.2f%% until ", canary.percent()))
                        .append(canary.until()));
        if (!c.overrides().isEmpty()) {
            text.append("; overrides ")
                    .append(c.overrides().stream()
                            .map(o -> o.kind() + " " + o.id() + " " + set(o.thresholds()) + " until " + o.expiresAt())
                            .collect(Collectors.joining(", ")));
        }
        return text.toString();
    }
}
