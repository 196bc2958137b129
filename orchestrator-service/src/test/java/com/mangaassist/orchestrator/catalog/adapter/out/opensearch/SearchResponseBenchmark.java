package com.mangaassist.orchestrator.catalog.adapter.out.opensearch;

import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.Locale;
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
import org.opensearch.client.json.JsonpDeserializer;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.core.MsearchResponse;

/**
 * The hot spot the issue-12 profile found in the orchestrator: reading the candidate search's response. With
 * catalog layout 1 every lexical hit brought its 384-number embedding in {@code _source} (so the service could
 * compute the cosine itself); layout 2 keeps vectors out of {@code _source} and lets OpenSearch compute the
 * cosines. Both benchmarks parse the same 20 lexical + 20 k-NN hits, with and without the embeddings.
 *
 * <p>Run: {@code ./mvnw -q -pl orchestrator-service test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test}, then {@code (cd orchestrator-service && java
 * -cp "target/test-classes:target/classes:$(cat target/test.classpath)"
 * com.mangaassist.orchestrator.catalog.adapter.out.opensearch.SearchResponseBenchmark)}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SearchResponseBenchmark {

    private static final int HITS = 20;
    private static final int DIMENSIONS = 384;

    private final JacksonJsonpMapper mapper = new JacksonJsonpMapper();
    private final JsonpDeserializer<MsearchResponse<ProductDocument>> deserializer =
            MsearchResponse.createMsearchResponseDeserializer(JsonpDeserializer.of(ProductDocument.class));
    private String withEmbeddings;
    private String withoutEmbeddings;

    @Setup
    public void responses() {
        withEmbeddings = msearch(true);
        withoutEmbeddings = msearch(false);
    }

    @Benchmark
    public MsearchResponse<ProductDocument> layout1HitsCarryTheirEmbeddings() {
        return parse(withEmbeddings);
    }

    @Benchmark
    public MsearchResponse<ProductDocument> layout2HitsWithoutEmbeddings() {
        return parse(withoutEmbeddings);
    }

    private MsearchResponse<ProductDocument> parse(String json) {
        try (JsonParser parser = mapper.jsonProvider().createParser(new StringReader(json))) {
            return deserializer.deserialize(parser, mapper);
        }
    }

    /** The candidate msearch answer: lexical hits (with or without embeddings), then k-NN hits (never with). */
    static String msearch(boolean lexicalEmbeddings) {
        Random random = new Random(12);
        return "{\"took\":3,\"responses\":[" + hits(random, "l", lexicalEmbeddings) + "," + hits(random, "s", false)
                + "]}";
    }

    private static String hits(Random random, String prefix, boolean embeddings) {
        StringBuilder json = new StringBuilder(
                "{\"took\":2,\"timed_out\":false,\"_shards\":{\"total\":1,\"successful\":1,\"skipped\":0,\"failed\":0},"
                        + "\"hits\":{\"total\":{\"value\":20,\"relation\":\"eq\"},\"max_score\":9.5,\"hits\":[");
        for (int i = 0; i < HITS; i++) {
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"_index\":\"local-catalog\",\"_id\":\"p-")
                    .append(prefix)
                    .append(i)
                    .append("\",\"_score\":")
                    .append(9.5 - i * 0.3)
                    .append(",\"_source\":{\"productId\":\"p-")
                    .append(prefix)
                    .append(i)
                    .append("\",\"title\":\"One Piece Volume ")
                    .append(i)
                    .append("\",\"englishTitle\":\"One Piece\",\"titleJa\":[\"ワンピース\"],\"synopsis\":\"")
                    .append("Gol D. Roger was known as the Pirate King, the strongest and most infamous being to"
                            + " have sailed the Grand Line. His capture and execution set the Great Age of Pirates in"
                            + " motion, and Monkey D. Luffy sets out to find the treasure he left behind.")
                    .append("\",\"authors\":[\"Oda, Eiichiro\"],\"genres\":[\"Action\",\"Adventure\",\"Fantasy\"],")
                    .append("\"type\":\"Manga\",\"volumes\":108,\"status\":\"Publishing\",\"demographic\":\"Shounen\",")
                    .append("\"releasedYear\":1997,\"score\":9.22,\"priceJpy\":528,\"stock\":12,\"rare\":false");
            if (embeddings) {
                json.append(",\"embedding\":[");
                for (int d = 0; d < DIMENSIONS; d++) {
                    if (d > 0) {
                        json.append(',');
                    }
                    json.append(String.format(Locale.ROOT, "%.8f", (float) (random.nextGaussian() * 0.05)));
                }
                json.append(']');
            }
            json.append("}}");
        }
        return json.append("]},\"status\":200}").toString();
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(SearchResponseBenchmark.class.getSimpleName())
                        .build())
                .run();
    }
}
