package com.mangaassist.orchestrator.catalog.adapter.in.cli;

import com.mangaassist.orchestrator.catalog.adapter.out.embedding.BedrockTitanEmbedder;
import com.mangaassist.orchestrator.catalog.adapter.out.embedding.MiniLmEmbedder;
import com.mangaassist.orchestrator.catalog.adapter.out.opensearch.OpenSearchCatalogException;
import com.mangaassist.orchestrator.catalog.adapter.out.opensearch.OpenSearchCatalogIndex;
import com.mangaassist.orchestrator.catalog.adapter.out.opensearch.OpenSearchClients;
import com.mangaassist.orchestrator.catalog.application.BuildCatalogIndex;
import com.mangaassist.orchestrator.catalog.application.BuildOutcome;
import com.mangaassist.orchestrator.catalog.application.BuildProgress;
import com.mangaassist.orchestrator.catalog.application.CatalogBuildCommand;
import com.mangaassist.orchestrator.catalog.domain.CatalogFormatException;
import com.mangaassist.orchestrator.catalog.domain.Embedder;
import com.mangaassist.orchestrator.catalog.domain.TitleAliases;
import com.mangaassist.orchestrator.catalog.domain.TitleSynopses;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalInt;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;

/**
 * Builds the catalog search index, as a command of its own rather than on every service start:
 *
 * <pre>
 * --opensearch URL   the OpenSearch endpoint, e.g. http://127.0.0.1:9200 (required)
 * --csv PATH         the catalog file (default /work/shared/data/catalog/manga_processed.csv)
 * --index NAME       the index (default local-catalog, the local profile's index)
 * --limit N          only the first N titles of the file
 * --recreate         rebuild even when the index already holds every title
 * --batch-size N     titles embedded and written per batch (default 128)
 * </pre>
 *
 * Writes every product for keyword search first and prints a line starting {@value #KEYWORDS_READY}, then
 * embeds them batch by batch; an index whose keyword pass is complete resumes with the embeddings. Prints
 * progress and the time taken. Exit status 0 when built or already built, 1 when the catalog or
 * OpenSearch failed, 2 on wrong arguments.
 */
public final class BuildCatalogIndexCommand {

    static final Path DEFAULT_CSV = Path.of("/work/shared/data/catalog/manga_processed.csv");
    static final String DEFAULT_INDEX = "local-catalog";

    /**
     * Starts the line printed once every product is searchable by keyword: a launcher may start the services
     * from there while the embeddings fill in.
     */
    public static final String KEYWORDS_READY = "CATALOG_KEYWORDS_READY";

    private BuildCatalogIndexCommand() {}

    public static void main(String[] args) throws IOException {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "catalog/cli-logback.xml");
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Options.USAGE);
            System.exit(2);
            return;
        }
        try {
            System.exit(run(options, System.out));
        } catch (CatalogFormatException | OpenSearchCatalogException e) {
            System.err.println("catalog index not built: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Plain HTTP locally; SigV4-signed ({@code aoss} or {@code es}) against AWS. */
    private static OpenSearchTransport transport(Options options) {
        if (Options.NO_SIGNING.equals(options.signing())) {
            return OpenSearchClients.unsignedTransport(options.openSearch()).build();
        }
        return OpenSearchClients.signedTransport(
                options.openSearch(),
                ApacheHttpClient.create(),
                options.signing(),
                options.region(),
                DefaultCredentialsProvider.builder().build());
    }

    /** MiniLM in the jar locally; Titan Text Embeddings v2 on Bedrock for an index the aws profile searches. */
    private static Embedder embedder(Options options) {
        if (Options.TITAN.equals(options.embedder())) {
            return new BedrockTitanEmbedder(
                    BedrockRuntimeClient.builder()
                            .region(Region.of(options.region()))
                            .build(),
                    BedrockTitanEmbedder.TITAN_V2,
                    options.titanDimensions());
        }
        return MiniLmEmbedder.forBatches();
    }

    static int run(Options options, PrintStream out) throws IOException {
        if (!Files.isReadable(options.csv())) {
            throw new CatalogFormatException("cannot read the catalog file " + options.csv());
        }
        try (OpenSearchTransport transport = transport(options)) {
            Embedder embedder = embedder(options);
            BuildCatalogIndex build = new BuildCatalogIndex(
                    new OpenSearchCatalogIndex(new OpenSearchClient(transport), options.index(), embedder.dimensions()),
                    embedder,
                    TitleAliases.bundled(),
                    TitleSynopses.bundled(),
                    Clock.systemUTC());
            BuildOutcome outcome = build.build(
                    new CatalogBuildCommand(options.csv(), options.limit(), options.recreate(), options.batchSize()),
                    new PrintedProgress(out, options.csv()));
            if (outcome instanceof BuildOutcome.Built built) {
                out.printf(
                        Locale.ROOT,
                        "built %s: %d products in %.1f s (%.0f products/s)%n",
                        built.index(),
                        built.documents(),
                        built.took().toMillis() / 1000.0,
                        built.documents() * 1000.0 / Math.max(1, built.took().toMillis()));
            } else {
                out.printf(
                        "%s already holds the %d products of the catalog with their embeddings: nothing to do (--recreate rebuilds it)%n",
                        outcome.index(), outcome.documents());
            }
            return 0;
        }
    }

    private record PrintedProgress(PrintStream out, Path csv) implements BuildProgress {

        @Override
        public void started(String index, int total) {
            out.printf("building %s from %s: %d products%n", index, csv, total);
        }

        @Override
        public void keywordsReady(String index, int total, Duration elapsed) {
            out.printf(
                    Locale.ROOT,
                    "%s %s: %d products searchable by keyword after %.1f s; embedding them for semantic search%n",
                    KEYWORDS_READY,
                    index,
                    total,
                    elapsed.toMillis() / 1000.0);
            out.flush();
        }

        @Override
        public void indexed(int done, int total, Duration elapsed) {
            out.printf(
                    Locale.ROOT,
                    "  %d/%d (%.1f%%) after %.1f s%n",
                    done,
                    total,
                    done * 100.0 / total,
                    elapsed.toMillis() / 1000.0);
        }
    }

    /** The parsed command line. */
    record Options(
            URI openSearch,
            Path csv,
            String index,
            OptionalInt limit,
            boolean recreate,
            int batchSize,
            String embedder,
            int titanDimensions,
            String signing,
            String region) {

        static final String USAGE = "usage: BuildCatalogIndexCommand --opensearch URL [--csv PATH] [--index NAME]"
                + " [--limit N] [--recreate] [--batch-size N] [--embedder minilm|titan] [--titan-dimensions 256|512|1024]"
                + " [--signing none|aoss|es] [--region REGION]";
        static final String MINILM = "minilm";
        static final String TITAN = "titan";
        static final String NO_SIGNING = "none";

        /** The local defaults: MiniLM embeddings, unsigned HTTP. */
        Options(URI openSearch, Path csv, String index, OptionalInt limit, boolean recreate, int batchSize) {
            this(openSearch, csv, index, limit, recreate, batchSize, MINILM, 512, NO_SIGNING, "us-east-1");
        }

        static Options parse(String[] args) {
            URI openSearch = null;
            Path csv = DEFAULT_CSV;
            String index = DEFAULT_INDEX;
            OptionalInt limit = OptionalInt.empty();
            boolean recreate = false;
            int batchSize = CatalogBuildCommand.DEFAULT_BATCH_SIZE;
            String embedder = MINILM;
            int titanDimensions = 512;
            String signing = NO_SIGNING;
            String region = "us-east-1";
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--embedder" -> embedder = value(args, ++i, "--embedder");
                    case "--titan-dimensions" ->
                        titanDimensions = number(value(args, ++i, "--titan-dimensions"), "--titan-dimensions");
                    case "--signing" -> signing = value(args, ++i, "--signing");
                    case "--region" -> region = value(args, ++i, "--region");
                    case "--opensearch" -> openSearch = URI.create(value(args, ++i, "--opensearch"));
                    case "--csv" -> csv = Path.of(value(args, ++i, "--csv"));
                    case "--index" -> index = value(args, ++i, "--index");
                    case "--limit" -> limit = OptionalInt.of(number(value(args, ++i, "--limit"), "--limit"));
                    case "--recreate" -> recreate = true;
                    case "--batch-size" -> batchSize = number(value(args, ++i, "--batch-size"), "--batch-size");
                    default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
                }
            }
            if (openSearch == null || openSearch.getScheme() == null || openSearch.getHost() == null) {
                throw new IllegalArgumentException("--opensearch http://host:port is required");
            }
            if (!index.matches("[a-z0-9][a-z0-9_-]*")) {
                throw new IllegalArgumentException("--index must be lower case letters, digits, '-' or '_': " + index);
            }
            if (limit.isPresent() && limit.getAsInt() < 1) {
                throw new IllegalArgumentException("--limit must be at least 1");
            }
            if (batchSize < 1 || batchSize > 10_000) {
                throw new IllegalArgumentException("--batch-size must be in [1, 10000]");
            }
            if (!embedder.equals(MINILM) && !embedder.equals(TITAN)) {
                throw new IllegalArgumentException("--embedder must be minilm or titan: " + embedder);
            }
            if (embedder.equals(TITAN)) {
                BedrockTitanEmbedder.requireSupported(titanDimensions);
            }
            if (!signing.equals(NO_SIGNING) && !signing.equals("aoss") && !signing.equals("es")) {
                throw new IllegalArgumentException("--signing must be none, aoss or es: " + signing);
            }
            return new Options(
                    openSearch, csv, index, limit, recreate, batchSize, embedder, titanDimensions, signing, region);
        }

        private static String value(String[] args, int i, String name) {
            if (i >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            return args[i];
        }

        private static int number(String value, String name) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a number: " + value, e);
            }
        }
    }
}
