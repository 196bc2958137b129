package com.mangaassist.systemtests.gameday;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What a drill prints as it unfolds, each line stamped {@code T+mm:ss} from the drill's start, and kept. */
public final class DrillLog {

    /** What a line is about. */
    public enum Kind {
        INJECT,
        ALARM,
        CHECKLIST,
        MITIGATION,
        CUSTOMERS,
        TIMELINE,
        CHECK
    }

    /** One printed line. */
    public record Line(Instant at, Kind kind, String text) {}

    private final PrintStream out;
    private final Clock clock;
    private final Instant start;
    private final List<Line> lines = new CopyOnWriteArrayList<>();

    public DrillLog(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
        this.start = clock.instant();
    }

    public Instant start() {
        return start;
    }

    public void say(Kind kind, String text) {
        Instant now = clock.instant();
        lines.add(new Line(now, kind, text));
        long seconds = Duration.between(start, now).toSeconds();
        String stamp = String.format("T+%02d:%02d", seconds / 60, seconds % 60);
        synchronized (out) {
            String[] parts = text.split("\n", -1);
            out.printf("%s  %-10s %s%n", stamp, kind, parts[0]);
            for (int i = 1; i < parts.length; i++) {
                out.printf("%s  %-10s %s%n", " ".repeat(stamp.length()), "", parts[i]);
            }
        }
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }
}
