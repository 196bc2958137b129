package com.mangaassist.console.report.adapter.in.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/** The weekly report's plots as inline SVG, drawn on the server (no script, printable, readable without JS). */
final class WeeklyCharts {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 200;
    private static final int LEFT = 40;
    private static final int BOTTOM = 24;
    private static final int TOP = 10;

    private WeeklyCharts() {}

    /** Escalation rate per hour of day (JST), 0–100 %, with the EscalationRateAnomaly line at 25 %. */
    static String escalationByHour(List<Map<String, Object>> hours, String label) {
        double[] values = new double[24];
        boolean[] present = new boolean[24];
        for (Map<String, Object> hour : hours) {
            int h = ((Number) hour.get("hour")).intValue();
            Object rate = hour.get("escalationRate");
            if (rate instanceof Number n) {
                values[h] = n.doubleValue();
                present[h] = true;
            }
        }
        StringBuilder svg = open(label);
        axis(svg, 1.0, "%", 100);
        bars(svg, values, present, 1.0, "bar");
        line(svg, 0.25, 1.0, "alarm", "25 %");
        return close(svg);
    }

    /**
     * Per hour of day, the week's averages: escalated turns (wide bars), and inside each the reviews a person decided
     * (green) with the ones nobody reached in time stacked on them (red); the review completions per hour now as a
     * dashed line. {@code decided} and {@code notReached} may be empty (the review queue did not say).
     */
    static String demandAgainstCapacity(
            List<?> demand, List<?> decided, List<?> notReached, Double capacityPerHour, String label) {
        double[] values = new double[24];
        boolean[] present = new boolean[24];
        double[] done = numbers(decided);
        double[] missed = numbers(notReached);
        double max = capacityPerHour == null ? 0 : capacityPerHour;
        for (int h = 0; h < 24; h++) {
            if (h < demand.size() && demand.get(h) instanceof Number n) {
                values[h] = n.doubleValue();
                present[h] = true;
            }
            max = Math.max(max, Math.max(values[h], done[h] + missed[h]));
        }
        double top = max <= 0 ? 1 : niceCeiling(max);
        StringBuilder svg = open(label);
        axis(svg, top, "", 1);
        bars(svg, values, present, top, "bar");
        for (int h = 0; h < 24; h++) {
            stacked(svg, h, 0, done[h], top, "decided", "#2e8b57", "decided");
            stacked(svg, h, done[h], missed[h], top, "not-reached", "#c0392b", "not reached");
        }
        if (capacityPerHour != null) {
            line(svg, capacityPerHour, top, "capacity", String.format(Locale.ROOT, "now %.0f/h", capacityPerHour));
        }
        return close(svg);
    }

    private static double[] numbers(List<?> perHour) {
        double[] values = new double[24];
        for (int h = 0; h < Math.min(24, perHour.size()); h++) {
            if (perHour.get(h) instanceof Number n) {
                values[h] = n.doubleValue();
            }
        }
        return values;
    }

    /** A narrow bar in the middle of hour {@code hour}'s slot, from {@code base} up by {@code value}. */
    private static void stacked(
            StringBuilder svg, int hour, double base, double value, double top, String css, String fill, String what) {
        if (value <= 0) {
            return;
        }
        double yTop = y(base + value, top);
        rect(
                svg,
                css,
                hour,
                barX(hour) + barWidth() / 3,
                yTop,
                barWidth() / 3,
                y(base, top) - yTop,
                fill,
                trim(value) + " " + what);
    }

    /** One bar of hour {@code hour}; its tooltip reads "HH:00 {@code label}". */
    private static void rect(
            StringBuilder svg,
            String css,
            int hour,
            double x,
            double y,
            double width,
            double height,
            String fill,
            String label) {
        svg.append(String.format(
                Locale.ROOT,
                "<rect class=\"%s\" data-hour=\"%d\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                        + " fill=\"%s\"><title>%02d:00 %s</title></rect>",
                css,
                hour,
                x,
                y,
                width,
                height,
                fill,
                hour,
                label));
    }

    private static StringBuilder open(String label) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"weekly-chart\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"")
                .append(HtmlUtils.htmlEscape(label))
                .append("\"><title>")
                .append(HtmlUtils.htmlEscape(label))
                .append("</title>");
        return svg;
    }

    private static String close(StringBuilder svg) {
        return svg.append("</svg>").toString();
    }

    private static double plotHeight() {
        return HEIGHT - TOP - BOTTOM;
    }

    private static double y(double value, double top) {
        return TOP + plotHeight() * (1 - Math.min(value, top) / top);
    }

    private static void axis(StringBuilder svg, double top, String unit, double scale) {
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            double y = y(value, top);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%s%s</text>",
                    LEFT,
                    y,
                    WIDTH,
                    y,
                    LEFT - 4,
                    y + 3,
                    trim(value * scale),
                    unit));
        }
        for (int h = 0; h < 24; h += 3) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%02d</text>",
                    barX(h) + barWidth() / 2,
                    HEIGHT - 8,
                    h));
        }
    }

    private static double barWidth() {
        return (WIDTH - LEFT) / 24.0;
    }

    private static double barX(int hour) {
        return LEFT + hour * barWidth();
    }

    private static void bars(StringBuilder svg, double[] values, boolean[] present, double top, String css) {
        for (int h = 0; h < 24; h++) {
            if (!present[h]) {
                continue;
            }
            double y = y(values[h], top);
            rect(svg, css, h, barX(h) + 1, y, barWidth() - 2, TOP + plotHeight() - y, "#4a78b5", trim(values[h]));
        }
    }

    private static void line(StringBuilder svg, double value, double top, String css, String text) {
        double y = y(value, top);
        svg.append(String.format(
                Locale.ROOT,
                "<line class=\"%s\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#c0392b\""
                        + " stroke-dasharray=\"4 3\"/><text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\""
                        + " fill=\"#c0392b\">%s</text>",
                css,
                LEFT,
                y,
                WIDTH,
                y,
                WIDTH - 2,
                y - 3,
                HtmlUtils.htmlEscape(text)));
    }

    private static double niceCeiling(double value) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (value <= step * magnitude) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
