package com.mangaassist.orchestrator.catalog.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.orchestrator.catalog.domain.CatalogEntry;
import com.mangaassist.orchestrator.catalog.domain.CatalogIndex;
import com.mangaassist.orchestrator.catalog.domain.CatalogIndexState;
import com.mangaassist.orchestrator.catalog.domain.EmbeddedEntry;
import com.mangaassist.orchestrator.catalog.domain.Embedder;
import com.mangaassist.orchestrator.catalog.domain.TitleAliases;
import com.mangaassist.orchestrator.catalog.domain.TitleSynopses;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BuildCatalogIndexTest {

    private static final int ROWS = 15;

    private final InMemoryCatalogIndex index = new InMemoryCatalogIndex();
    private final CountingEmbedder embedder = new CountingEmbedder();
    private final BuildCatalogIndex build = new BuildCatalogIndex(
            index,
            embedder,
            TitleAliases.parse(new StringReader("One Piece\tワンピース\n")),
            TitleSynopses.none(),
            new TickingClock(Instant.parse("2026-11-28T11:00:00Z"), Duration.ofMillis(250)));

    @Test
    void everyRowIsEmbeddedAndIndexedInBatches() {
        List<Integer> progress = new ArrayList<>();

        BuildOutcome outcome = build.build(command(OptionalInt.empty(), false, 4), new BuildProgress() {
            @Override
            public void indexed(int done, int total, Duration elapsed) {
                progress.add(done);
            }
        });

        assertThat(outcome).isInstanceOf(BuildOutcome.Built.class);
        assertThat(outcome.documents()).isEqualTo(ROWS);
        assertThat(((BuildOutcome.Built) outcome).took()).isPositive();
        assertThat(embedder.batchSizes).containsExactly(4, 4, 4, 3);
        assertThat(progress).containsExactly(4, 8, 12, 15);
        assertThat(index.recreations).isEqualTo(1);
        assertThat(index.entries.values())
                .filteredOn(e -> e.entry().product().title().equals("One Piece"))
                .singleElement()
                .satisfies(e -> assertThat(e.entry().japaneseTitles()).containsExactly("ワンピース"));
    }

    @Test
    void keywordsComeFirstThenTheEmbeddingsThenOneMerge() {
        List<String> progress = new ArrayList<>();

        build.build(command(OptionalInt.empty(), false, 8), new BuildProgress() {
            @Override
            public void keywordsReady(String name, int total, Duration elapsed) {
                progress.add("keywords ready " + total + " (" + index.entries.size() + " embedded)");
            }

            @Override
            public void indexed(int done, int total, Duration elapsed) {
                progress.add("embedded " + done);
            }
        });

        assertThat(index.events)
                .containsExactly(
                        "recreate", "keywords 15", "refresh", "embedded 8", "embedded 7", "refresh", "compact");
        assertThat(progress).containsExactly("keywords ready 15 (0 embedded)", "embedded 8", "embedded 15");
    }

    @Test
    void anIndexWhoseKeywordPassIsCompleteResumesWithTheEmbeddings() {
        build.build(command(OptionalInt.empty(), false, 100), BuildProgress.SILENT);
        index.entries.clear(); // as if the build had stopped after the keyword pass
        index.events.clear();

        BuildOutcome resumed = build.build(command(OptionalInt.empty(), false, 100), BuildProgress.SILENT);

        assertThat(resumed).isInstanceOf(BuildOutcome.Built.class);
        assertThat(index.events).containsExactly("embedded 15", "refresh", "compact");
        assertThat(index.entries).hasSize(ROWS);
    }

    @Test
    void anIndexOfAnOlderLayoutIsRebuilt() {
        build.build(command(OptionalInt.empty(), false, 100), BuildProgress.SILENT);
        index.currentLayout = false;

        BuildOutcome rebuilt = build.build(command(OptionalInt.empty(), false, 100), BuildProgress.SILENT);

        assertThat(rebuilt).isInstanceOf(BuildOutcome.Built.class);
        assertThat(index.recreations).isEqualTo(2);
        assertThat(index.currentLayout).isTrue();
    }

    @Test
    void anIndexAlreadyHoldingEveryProductIsLeftAlone() {
        build.build(command(OptionalInt.empty(), false, 100), BuildProgress.SILENT);
        int embedded = embedder.texts;

        BuildOutcome again = build.build(command(OptionalInt.empty(), false, 100), BuildProgress.SILENT);

        assertThat(again).isEqualTo(new BuildOutcome.AlreadyBuilt("test-catalog", ROWS));
        assertThat(embedder.texts).isEqualTo(embedded);
        assertThat(index.recreations).isEqualTo(1);
    }

    @Test
    void recreateRebuildsEvenAFullIndex() {
        build.build(command(OptionalInt.empty(), false, 100), BuildProgress.SILENT);

        BuildOutcome again = build.build(command(OptionalInt.empty(), true, 100), BuildProgress.SILENT);

        assertThat(again).isInstanceOf(BuildOutcome.Built.class);
        assertThat(index.recreations).isEqualTo(2);
    }

    @Test
    void anIndexWithAnotherCountIsReplaced() {
        build.build(command(OptionalInt.of(5), false, 100), BuildProgress.SILENT);

        BuildOutcome full = build.build(command(OptionalInt.empty(), false, 100), BuildProgress.SILENT);

        assertThat(full).isInstanceOf(BuildOutcome.Built.class);
        assertThat(full.documents()).isEqualTo(ROWS);
        assertThat(index.recreations).isEqualTo(2);
    }

    @Test
    void limitTakesTheFirstRowsOfTheFile() {
        build.build(command(OptionalInt.of(2), false, 100), BuildProgress.SILENT);

        assertThat(index.entries.values())
                .extracting(e -> e.entry().product().title())
                .containsExactly("Berserk", "One Piece");
    }

    private static CatalogBuildCommand command(OptionalInt limit, boolean recreate, int batchSize) {
        try {
            Path csv = Path.of(BuildCatalogIndexTest.class
                    .getResource("/catalog/awkward-rows.csv")
                    .toURI());
            return new CatalogBuildCommand(csv, limit, recreate, batchSize);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class InMemoryCatalogIndex implements CatalogIndex {

        private Map<String, CatalogEntry> keywords;
        private Map<String, EmbeddedEntry> entries;
        private boolean currentLayout = true;
        private int recreations;
        private int compactions;
        private final List<String> events = new ArrayList<>();

        @Override
        public String name() {
            return "test-catalog";
        }

        @Override
        public Optional<CatalogIndexState> state() {
            return keywords == null
                    ? Optional.empty()
                    : Optional.of(new CatalogIndexState(keywords.size(), entries.size(), currentLayout));
        }

        @Override
        public void recreate() {
            keywords = new LinkedHashMap<>();
            entries = new LinkedHashMap<>();
            currentLayout = true;
            recreations++;
            events.add("recreate");
        }

        @Override
        public void indexKeywords(List<CatalogEntry> batch) {
            batch.forEach(e -> keywords.put(e.product().productId(), e));
            events.add("keywords " + batch.size());
        }

        @Override
        public void index(List<EmbeddedEntry> batch) {
            batch.forEach(e -> {
                keywords.put(e.entry().product().productId(), e.entry());
                entries.put(e.entry().product().productId(), e);
            });
            events.add("embedded " + batch.size());
        }

        @Override
        public void refresh() {
            events.add("refresh");
        }

        @Override
        public void compact() {
            compactions++;
            events.add("compact");
        }
    }

    private static final class CountingEmbedder implements Embedder {

        private final List<Integer> batchSizes = new ArrayList<>();
        private int texts;

        @Override
        public int dimensions() {
            return 2;
        }

        @Override
        public float[] embed(String text) {
            texts++;
            return new float[] {1, 0};
        }

        @Override
        public List<float[]> embedAll(List<String> batch) {
            batchSizes.add(batch.size());
            return Embedder.super.embedAll(batch);
        }
    }

    /** Advances by a fixed step on every read. */
    private static final class TickingClock extends Clock {

        private Instant now;
        private final Duration step;

        TickingClock(Instant start, Duration step) {
            this.now = start;
            this.step = step;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            Instant current = now;
            now = now.plus(step);
            return current;
        }
    }
}
