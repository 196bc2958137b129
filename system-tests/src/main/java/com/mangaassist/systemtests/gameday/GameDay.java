package com.mangaassist.systemtests.gameday;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * {@code ./game-day --scenario N} (1-5, or {@code all}): runs the runbook scenario's drill against the suite
 * {@code ./run-local} started (its endpoints in {@code .local-run/suite.json}) and prints it as it unfolds. Exit code 0
 * when the drill established everything (alarm, checklist, mitigation, every customer answered, ordered timeline).
 */
public final class GameDay {

    /** Every drill by scenario number. */
    public static final Map<Integer, Supplier<Drill>> DRILLS = drills();

    private GameDay() {}

    private static Map<Integer, Supplier<Drill>> drills() {
        Map<Integer, Supplier<Drill>> drills = new TreeMap<>();
        drills.put(1, ReviewersVanishDrill::new);
        drills.put(2, PoisoningDrill::new);
        drills.put(3, CarelessThresholdDrill::new);
        drills.put(4, LostPostPermissionDrill::new);
        drills.put(5, WrongTopicFeedbackDrill::new);
        return Map.copyOf(drills);
    }

    public static void main(String[] args) {
        String scenario = null;
        Path state = Path.of(System.getProperty("mangaassist.root", "."), ".local-run", "suite.json");
        Duration reviewTimeout = Duration.ofSeconds(300);
        Duration patience = Duration.ofMinutes(12);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--scenario" -> scenario = value(args, ++i);
                case "--suite" -> state = Path.of(value(args, ++i));
                case "--review-timeout-seconds" -> reviewTimeout = Duration.ofSeconds(Long.parseLong(value(args, ++i)));
                case "--patience-minutes" -> patience = Duration.ofMinutes(Long.parseLong(value(args, ++i)));
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (scenario == null) {
            usage("--scenario is required");
        }
        List<Integer> scenarios = new ArrayList<>();
        if ("all".equals(scenario)) {
            scenarios.addAll(DRILLS.keySet());
        } else {
            try {
                scenarios.add(Integer.parseInt(scenario));
            } catch (NumberFormatException e) {
                usage("--scenario must be 1-5 or all");
            }
            if (!DRILLS.containsKey(scenarios.get(0))) {
                usage("no drill for scenario " + scenario + " (drills: " + DRILLS.keySet() + ")");
            }
        }
        SuiteEndpoints suite = SuiteEndpoints.read(state);
        boolean passed = true;
        for (int n : scenarios) {
            DrillReport report =
                    run(DRILLS.get(n).get(), suite, new DrillContext.Timings(reviewTimeout, patience), System.out);
            passed &= report.passed();
        }
        System.exit(passed ? 0 : 1);
    }

    /** Runs one drill, printing it as it goes and its summary at the end. */
    public static DrillReport run(Drill drill, SuiteEndpoints suite, DrillContext.Timings timings, PrintStream out) {
        out.println("\n=== Game day: scenario " + drill.scenario() + " — " + drill.title() + " ===");
        DrillReport report = new DrillReport(drill.scenario());
        try (DrillContext context = new DrillContext(suite, timings, out)) {
            drill.run(context, report);
        } catch (RuntimeException e) {
            report.expect(false, "the drill broke off: " + e);
            e.printStackTrace(out);
        }
        out.println("\n" + report.summary());
        return report;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage("missing value for " + args[i - 1]);
        }
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: ./game-day --scenario 1|2|3|4|5|all [--review-timeout-seconds 300]"
                + " [--patience-minutes 12] [--suite .local-run/suite.json]");
        System.exit(2);
    }
}
