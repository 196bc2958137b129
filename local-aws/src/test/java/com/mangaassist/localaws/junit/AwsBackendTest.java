package com.mangaassist.localaws.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsBackendTest {

    @TempDir
    Path dir;

    @Test
    void parsesTheBackEndNames() {
        assertThat(AwsBackend.parse("")).isEqualTo(AwsBackend.LOCAL_AWS);
        assertThat(AwsBackend.parse("local-aws")).isEqualTo(AwsBackend.LOCAL_AWS);
        assertThat(AwsBackend.parse(" LocalStack ")).isEqualTo(AwsBackend.LOCALSTACK);
        assertThatThrownBy(() -> AwsBackend.parse("moto")).hasMessageContaining("moto");
    }

    @Test
    void theLaunchersArgumentParsesBackToTheSameBackEnd() {
        for (AwsBackend backend : AwsBackend.values()) {
            assertThat(AwsBackend.parse(backend.argument())).isEqualTo(backend);
        }
    }

    @Test
    void noDockerHostAndNoSocketGivesTheSkipReason() {
        Path socket = dir.resolve("docker.sock");
        assertThat(AwsBackend.dockerMissing(Map.of(), socket))
                .hasValue("-Plocalstack needs a Docker engine; none found (DOCKER_HOST unset, " + socket
                        + " missing): skipping this module's integration tests");
    }

    @Test
    void aDockerHostOrASocketMeansDockerIsThere() throws Exception {
        Path socket = dir.resolve("docker.sock");
        assertThat(AwsBackend.dockerMissing(Map.of("DOCKER_HOST", "tcp://d:2375"), socket))
                .isEmpty();
        Files.createFile(socket);
        assertThat(AwsBackend.dockerMissing(Map.of(), socket)).isEmpty();
    }
}
