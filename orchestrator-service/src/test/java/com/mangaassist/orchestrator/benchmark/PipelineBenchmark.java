package com.mangaassist.orchestrator.benchmark;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.answering.application.Acknowledgements;
import com.mangaassist.orchestrator.answering.application.AnswerCustomerTurn;
import com.mangaassist.orchestrator.answering.application.TurnAnswer;
import com.mangaassist.orchestrator.answering.domain.CatalogSearch;
import com.mangaassist.orchestrator.answering.domain.CustomerProfile;
import com.mangaassist.orchestrator.answering.domain.Product;
import com.mangaassist.orchestrator.answering.domain.Prompt;
import com.mangaassist.orchestrator.answering.domain.RetrievedProduct;
import com.mangaassist.orchestrator.answering.domain.TopicGuess;
import com.mangaassist.orchestrator.chat.domain.CustomerTurn;
import com.mangaassist.orchestrator.chat.domain.Language;
import com.mangaassist.orchestrator.confidence.application.ConfidenceScorer;
import com.mangaassist.orchestrator.confidence.application.ReviewOutcomes;
import com.mangaassist.orchestrator.confidence.domain.ReviewOutcome;
import com.mangaassist.orchestrator.model.adapter.out.local.LocalGroundedModel;
import com.mangaassist.orchestrator.model.domain.ModelTierPolicy;
import com.mangaassist.orchestrator.routing.domain.Router;
import com.mangaassist.orchestrator.routing.domain.ThresholdConfiguration;
import com.mangaassist.orchestrator.topic.adapter.out.tsv.TsvLabelledUtterances;
import com.mangaassist.orchestrator.topic.domain.CharNgramTopicClassifier;
import com.mangaassist.orchestrator.topic.domain.TopicClassifier;
import com.mangaassist.orchestrator.turnstats.domain.TurnTally;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * CPU cost of one turn through the answering pipeline with in-memory ports and the instant local model
 * (the real classifier, grounding check, confidence, router and acknowledgements; no I/O). Sample mode
 * gives the p50/p99 the goal is stated in (pipeline overhead under 2 ms p99).
 *
 * <p>Run: {@code ./mvnw -q -pl orchestrator-service test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=com.mangaassist.orchestrator.benchmark.PipelineBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {

    private static final Product ONE_PIECE = new Product(
            "mal-4",
            "One Piece",
            null,
            List.of("Oda, Eiichiro"),
            List.of("Action", "Adventure"),
            "Manga",
            107,
            "Publishing",
            "Shounen",
            1997,
            9.22,
            528,
            12,
            false);
    private static final Product BERSERK = new Product(
            "mal-1",
            "Berserk",
            null,
            List.of("Miura, Kentarou"),
            List.of("Action", "Fantasy"),
            "Manga",
            41,
            "Publishing",
            "Seinen",
            1989,
            9.47,
            693,
            3,
            false);

    @Param({"Is One Piece in stock?", "ワンピースの最新巻は在庫ありますか？", "I want a refund, the book arrived damaged."})
    public String question;

    private AnswerCustomerTurn pipeline;
    private CustomerTurn turn;

    @Setup
    public void setUp() {
        TopicClassifier classifier =
                CharNgramTopicClassifier.train(TsvLabelledUtterances.shipped().all());
        ModelTierPolicy tiers = ModelTierPolicy.standard();
        Clock clock = Clock.systemUTC();
        List<RetrievedProduct> retrieved = List.of(
                new RetrievedProduct(ONE_PIECE, 0.92, 1.0, 0.81), new RetrievedProduct(BERSERK, 0.41, 0.2, 0.55));
        pipeline = new AnswerCustomerTurn(
                userId -> CustomerProfile.unknown(userId),
                (text, language) -> {
                    var prediction = classifier.classify(text, language);
                    return new TopicGuess(prediction.topic(), prediction.probability(), prediction.margin());
                },
                new CatalogSearch() {
                    @Override
                    public List<RetrievedProduct> search(String q, Language language, int limit) {
                        return retrieved;
                    }

                    @Override
                    public Optional<Product> byId(String productId) {
                        return Optional.empty();
                    }
                },
                new com.mangaassist.orchestrator.catalog.domain.CatalogTitleMentions(
                        com.mangaassist.orchestrator.catalog.domain.TitleAliases.bundled()),
                (topic, text) -> tiers.tierFor(text, Language.detect(text), topic),
                (promptId, sessionId) -> new Prompt(promptId, 1, "You are MangaAssist."),
                new LocalGroundedModel(),
                new ConfidenceScorer(new NoOutcomes(), clock, Duration.ofDays(30), 100, 50),
                new Router(ThresholdConfiguration::defaults, clock),
                new TurnTally(clock, Duration.ofSeconds(10)),
                new Acknowledgements(Map.of(
                        Priority.P1, Duration.ofSeconds(60),
                        Priority.P2, Duration.ofSeconds(120),
                        Priority.P3, Duration.ofSeconds(300),
                        Priority.P4, Duration.ofSeconds(300))),
                new AnswerCustomerTurn.AnsweringPolicy(5, 600),
                Runnable::run);
        turn = new CustomerTurn(
                "m-1", "s-1", "u-1", "conn-1", "c-1", question, Language.detect(question), Instant.now(clock));
    }

    @Benchmark
    public TurnAnswer answerOneTurn() {
        return pipeline.answer(turn);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(PipelineBenchmark.class.getSimpleName())
                        .build())
                .run();
    }

    private static final class NoOutcomes implements ReviewOutcomes {
        @Override
        public List<ReviewOutcome> recent(TopicCategory topic, Instant since, int limit) {
            return List.of();
        }

        @Override
        public List<ReviewOutcome> decidedBetween(TopicCategory topic, Instant from, Instant to, int limit) {
            return List.of();
        }

        @Override
        public void record(TopicCategory topic, String id, double raw, boolean approved, Instant at) {
            throw new UnsupportedOperationException("benchmarks record nothing");
        }
    }
}
