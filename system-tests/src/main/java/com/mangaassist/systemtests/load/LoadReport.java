package com.mangaassist.systemtests.load;

import com.mangaassist.systemtests.load.TurnRecords.Breakdown;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.HdrHistogram.Histogram;

/** The plain-text table the harness prints at the end of a run. */
final class LoadReport {

    private static final List<String> REPLY_TYPES = List.of("answer", "review_acknowledgment", "handoff", "error");

    private LoadReport() {}

    /**
     * Prints the run's results.
     *
     * @param target where the load went
     * @param measuredSeconds from the start of the measured window to the later of its end and the last
     *     measured reply
     * @param sampled what the sampled records say, if they could be read
     * @param noBreakdownBecause why there are no sampled records, if so
     */
    static void print(
            PrintStream out,
            LoadOptions options,
            String target,
            LoadRecorder recorder,
            double measuredSeconds,
            Optional<Breakdown> sampled,
            String noBreakdownBecause) {
        StringBuilder s = new StringBuilder();
        line(s, "");
        line(s, "MangaAssist chat load harness");
        line(s, "=============================");
        line(s, "  target            %s", target);
        line(
                s,
                "  schedule          open loop, %.1f turns/s over %d connections (one turn in flight each,"
                        + " later turns queue),",
                options.rate(),
                options.connections());
        line(
                s,
                "                    warm-up %s s (not measured), measured %s s; latency from the intended send time",
                seconds(options.warmup().toMillis()),
                seconds(options.duration().toMillis()));
        line(s, "");
        long offered = recorder.measuredScheduled();
        long completed = recorder.measuredCompleted();
        line(s, "Throughput");
        line(s, "  target rate       %8.1f turns/s", options.rate());
        line(s, "  offered           %8d turns in the measured window", offered);
        line(s, "  replied           %8d turns", completed);
        line(
                s,
                "  achieved          %8.1f turns/s  (replies to measured turns / %.1f s, until the last of them)",
                completed / measuredSeconds,
                measuredSeconds);
        line(
                s,
                "  in the window     %8.1f turns/s  (replies to any turn received during the measured %s s)",
                recorder.repliesInWindow() / (options.duration().toMillis() / 1000.0),
                seconds(options.duration().toMillis()));
        Histogram service = recorder.serviceTime();
        if (service.getTotalCount() > 0) {
            double meanServiceSeconds = service.getMean() / 1e6;
            line(
                    s,
                    "  connection bound  %8.1f turns/s  (%d connections / mean service time %.2f s;"
                            + " above it turns queue)",
                    options.connections() / meanServiceSeconds,
                    options.connections(),
                    meanServiceSeconds);
        }
        line(s, "");
        line(s, "Latency (ms)                                    count      p50      p90      p99      max");
        latency(s, "  end-to-end (intended send -> reply)", recorder.endToEnd());
        latency(s, "  service time (actual send -> reply)", service);
        Breakdown breakdown = sampled.orElse(null);
        if (breakdown != null) {
            latency(s, "  end-to-end excluding FM time (sampled)", breakdown.excludingModel());
            latency(s, "  pipeline_latency_ms (sampled records)", breakdown.pipeline());
            latency(s, "  model_latency_ms (sampled records)", breakdown.model());
            if (breakdown.model().getTotalCount() > 0 && breakdown.model().getMaxValue() == 0) {
                line(s, "  (model_latency_ms is 0 in every sampled record: the model reports no FM time)");
            }
        } else {
            line(s, "  end-to-end excluding FM time: not measured (%s)", noBreakdownBecause);
        }
        line(s, "");
        line(s, "Replies by type (measured window)");
        Map<String, Long> types = recorder.replyTypes();
        for (String type : REPLY_TYPES) {
            line(
                    s,
                    "  %-24s %8d  %5.1f%%",
                    type,
                    types.getOrDefault(type, 0L),
                    percent(types.getOrDefault(type, 0L), completed));
        }
        types.keySet().stream()
                .filter(type -> !REPLY_TYPES.contains(type))
                .forEach(type -> line(s, "  %-24s %8d", type, types.get(type)));
        recorder.errorCodes().forEach((code, count) -> line(s, "    error %-18s %8d", code, count));
        line(s, "");
        line(s, "Replies by question kind      answer   review  handoff    error");
        recorder.replyTypesByKind()
                .forEach((kind, byType) -> line(
                        s,
                        "  %-24s %9d %8d %8d %8d",
                        kind,
                        byType.getOrDefault("answer", 0L),
                        byType.getOrDefault("review_acknowledgment", 0L),
                        byType.getOrDefault("handoff", 0L),
                        byType.getOrDefault("error", 0L)));
        line(s, "");
        Map<String, Long> failures = recorder.failures();
        long failed = failures.values().stream().mapToLong(Long::longValue).sum();
        line(s, "Errors and timeouts (measured window)");
        line(s, "  error replies            %8d", types.getOrDefault(Reply.ERROR, 0L));
        line(s, "  turns without a reply    %8d", failed);
        failures.forEach((kind, count) -> line(s, "    %-52s %8d", kind, count));
        Map<String, Long> warmupFailures = recorder.warmupFailures();
        line(
                s,
                "  warm-up: %d replied, %d without a reply",
                recorder.warmupCompleted(),
                warmupFailures.values().stream().mapToLong(Long::longValue).sum());
        warmupFailures.forEach((kind, count) -> line(s, "    %-52s %8d", kind, count));
        if (breakdown != null && !breakdown.failures().isEmpty()) {
            line(s, "  sampled records not usable (of %d)", breakdown.sampled());
            breakdown.failures().forEach((kind, count) -> line(s, "    %-52s %8d", kind, count));
        }
        Map<String, Long> events = recorder.events();
        if (!events.isEmpty()) {
            line(s, "Other frames and events (whole run)");
            events.forEach((kind, count) -> line(s, "  %-54s %8d", kind, count));
        }
        out.print(s);
        out.flush();
    }

    private static void latency(StringBuilder s, String label, Histogram h) {
        if (h.getTotalCount() == 0) {
            line(s, "%-44s %8d %8s %8s %8s %8s", label, 0, "-", "-", "-", "-");
            return;
        }
        line(
                s,
                "%-44s %8d %8.1f %8.1f %8.1f %8.1f",
                label,
                h.getTotalCount(),
                ms(h.getValueAtPercentile(50)),
                ms(h.getValueAtPercentile(90)),
                ms(h.getValueAtPercentile(99)),
                ms(h.getMaxValue()));
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    /** {@code millis} as seconds, without decimals when whole. */
    static String seconds(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }

    private static void line(StringBuilder s, String format, Object... args) {
        s.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
