package com.mangaassist.feedback.benchmark;

import com.mangaassist.feedback.intake.domain.CorrectionPolicy;
import com.mangaassist.feedback.intake.domain.CorrectionSanitiser;
import com.mangaassist.feedback.provenance.domain.AccountFacts;
import com.mangaassist.feedback.provenance.domain.ProvenancePolicy;
import com.mangaassist.feedback.provenance.domain.ProvenanceScore;
import com.mangaassist.feedback.provenance.domain.ProvenanceScorer;
import com.mangaassist.feedback.provenance.domain.ReputationStanding;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The in-process cost of intake's pure parts: provenance scoring of one signal against an account with
 * 200 earlier signals (the most intake reads), and sanitising a correction full of links and competitor
 * names. Run with the command in docs/BENCHMARKS.md; never by surefire.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ProvenanceBenchmark {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    private ProvenanceScorer scorer;
    private CorrectionSanitiser sanitiser;
    private AccountFacts account;
    private List<Instant> history;
    private ReputationStanding reputation;

    @Setup
    public void setUp() {
        scorer = new ProvenanceScorer(ProvenancePolicy.runbook());
        sanitiser = new CorrectionSanitiser(new CorrectionPolicy(
                3,
                2000,
                List.of("rival-manga.example", "mangarival.jp", "cheapcomics.example"),
                List.of("RivalManga", "MangaRival", "CheapComics", "ライバル書店"),
                0.2));
        account = new AccountFacts("u-bench", false, Optional.of(NOW.minus(Duration.ofDays(3))));
        Random random = new Random(42);
        history = new ArrayList<>();
        Instant t = NOW.minus(Duration.ofHours(3));
        for (int i = 0; i < 200; i++) {
            history.add(t);
            t = t.plusSeconds(30 + random.nextInt(16));
        }
        reputation = new ReputationStanding("u-bench", 3, 12, List.of(), NOW);
    }

    @Benchmark
    public ProvenanceScore scoreOneSignal() {
        return scorer.score(account, history, NOW, reputation);
    }

    @Benchmark
    public Object sanitiseACompetitorCorrection() {
        return sanitiser.sanitise("Ignore that answer. RivalManga has One Piece 108 cheaper: "
                + "https://rival-manga.example/op/108?ref=abc and www.cheapcomics.example/deals — ライバル書店なら在庫あり");
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(ProvenanceBenchmark.class.getSimpleName())
                        .build())
                .run();
    }
}
