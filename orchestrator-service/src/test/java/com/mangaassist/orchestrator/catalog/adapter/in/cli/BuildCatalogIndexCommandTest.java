package com.mangaassist.orchestrator.catalog.adapter.in.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BuildCatalogIndexCommandTest {

    @Test
    void onlyTheEndpointIsRequired() {
        BuildCatalogIndexCommand.Options options =
                BuildCatalogIndexCommand.Options.parse(new String[] {"--opensearch", "http://127.0.0.1:9200"});

        assertThat(options)
                .isEqualTo(new BuildCatalogIndexCommand.Options(
                        URI.create("http://127.0.0.1:9200"),
                        BuildCatalogIndexCommand.DEFAULT_CSV,
                        "local-catalog",
                        OptionalInt.empty(),
                        false,
                        128));
    }

    @Test
    void everyOptionIsRead() {
        BuildCatalogIndexCommand.Options options = BuildCatalogIndexCommand.Options.parse(new String[] {
            "--opensearch",
            "http://os:9200",
            "--csv",
            "c.csv",
            "--index",
            "t-catalog",
            "--limit",
            "300",
            "--recreate",
            "--batch-size",
            "64"
        });

        assertThat(options.csv()).isEqualTo(Path.of("c.csv"));
        assertThat(options.index()).isEqualTo("t-catalog");
        assertThat(options.limit()).hasValue(300);
        assertThat(options.recreate()).isTrue();
        assertThat(options.batchSize()).isEqualTo(64);
    }

    @Test
    void wrongArgumentsAreRefused() {
        assertThatThrownBy(() -> BuildCatalogIndexCommand.Options.parse(new String[] {}))
                .hasMessageContaining("--opensearch");
        assertThatThrownBy(() -> BuildCatalogIndexCommand.Options.parse(
                        new String[] {"--opensearch", "http://os:9200", "--limit", "many"}))
                .hasMessageContaining("--limit");
        assertThatThrownBy(() -> BuildCatalogIndexCommand.Options.parse(
                        new String[] {"--opensearch", "http://os:9200", "--index", "Upper"}))
                .hasMessageContaining("--index");
        assertThatThrownBy(() -> BuildCatalogIndexCommand.Options.parse(new String[] {"--verbose"}))
                .hasMessageContaining("unknown argument");
    }
}
