package com.mangaassist.console.report.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One section of the weekly report.
 *
 * @param key a stable name ({@code escalation}, {@code thresholds}, …)
 * @param coverage {@code week} when the numbers cover the report's week, {@code current} when they are the service's
 *     reading now (it keeps no history that a week could be read from), {@code mixed} when the data says per field
 * @param source the service API the numbers come from
 * @param unavailable why the section has no data (the service did not answer, or refused the caller)
 * @param data the numbers, in insertion order
 */
public record ReportSection(
        String key, String coverage, String source, Optional<String> unavailable, Map<String, Object> data) {

    public ReportSection {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    public static ReportSection of(String key, String coverage, String source, Map<String, Object> data) {
        return new ReportSection(key, coverage, source, Optional.empty(), data);
    }

    public static ReportSection unavailable(String key, String coverage, String source, String why) {
        return new ReportSection(key, coverage, source, Optional.of(why), Map.of());
    }
}
