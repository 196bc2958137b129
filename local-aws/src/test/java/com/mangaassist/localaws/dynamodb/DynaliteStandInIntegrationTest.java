package com.mangaassist.localaws.dynamodb;

import static com.mangaassist.localaws.StandInTesting.assertCloseStopsIt;
import static com.mangaassist.localaws.StandInTesting.sdkClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class DynaliteStandInIntegrationTest {

    @Test
    void startedDynaliteAnswersTheSdkOnLoopback() {
        try (DynaliteStandIn dynalite = new DynaliteStandIn(LocalDynamoDb.NODE_DIRECTORY)) {
            dynalite.start();

            assertThat(dynalite.name()).isEqualTo("dynamodb");
            assertThat(dynalite.endpoint().getHost()).isEqualTo("127.0.0.1");
            try (DynamoDbClient dynamoDb = sdkClient(DynamoDbClient.builder(), dynalite.endpoint())) {
                assertThat(dynamoDb.listTables().tableNames()).isEmpty();
            }
        }
    }

    @Test
    void afterCloseTheNodeProcessIsGoneAndThePortIsFree() {
        DynaliteStandIn dynalite = new DynaliteStandIn(LocalDynamoDb.NODE_DIRECTORY);
        dynalite.start();
        List<ProcessHandle> processes = dynalite.processTree();
        assertThat(processes)
                .anySatisfy(process -> assertThat(process.info().commandLine())
                        .hasValueSatisfying(command -> assertThat(command).contains("dynalite-server.js")));

        assertCloseStopsIt(dynalite, processes);
    }

    @Test
    void withoutNpmCiTheStandInFailsAtOnceSayingWhatToRun(@TempDir Path emptyNodeDirectory) throws IOException {
        Files.writeString(emptyNodeDirectory.resolve("dynalite-server.js"), "// not installed\n");
        DynaliteStandIn dynalite = new DynaliteStandIn(emptyNodeDirectory);

        assertThatThrownBy(dynalite::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("npm ci")
                .hasMessageContaining(emptyNodeDirectory.toAbsolutePath().toString());
    }

    @Test
    void withoutNodeOnThePathTheStandInFailsNamingNode20() {
        DynaliteStandIn dynalite = new DynaliteStandIn(LocalDynamoDb.NODE_DIRECTORY, "no-such-node-for-local-aws");

        assertThatThrownBy(dynalite::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Node.js 20+");
    }
}
