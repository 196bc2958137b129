package com.mangaassist.localaws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.localaws.junit.AwsBackend;
import java.io.File;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The launcher's command line per back end, and the build metadata behind it (no Docker needed). */
class LocalAwsProcessCommandTest {

    private static Properties metadata(String localStackClasspath) {
        Properties metadata = new Properties();
        metadata.setProperty("node.dir", "/repo/local-aws/node");
        metadata.setProperty("opensearch-knn.jar", "/repo/knn.jar");
        metadata.setProperty("classpath", "/m2/dynamodb.jar" + File.pathSeparator + "/m2/elasticmq.jar");
        if (localStackClasspath != null) {
            metadata.setProperty("classpath.localstack", localStackClasspath);
        }
        return metadata;
    }

    private static String classpathOf(List<String> command) {
        return command.get(command.indexOf("-cp") + 1);
    }

    @Test
    void theDefaultBackEndNeitherNamesItselfNorLoadsTestcontainers() {
        List<String> command = LocalAwsProcess.command(
                metadata("/m2/testcontainers-localstack.jar"),
                Set.of(Component.OPENSEARCH),
                null,
                AwsBackend.LOCAL_AWS);

        assertThat(command).doesNotContain("--backend");
        assertThat(classpathOf(command)).doesNotContain("testcontainers");
        assertThat(command).containsSubsequence("--without", "OPENSEARCH");
    }

    @Test
    void theLocalStackBackEndIsPassedOnWithTestcontainersOnTheClasspath() {
        List<String> command = LocalAwsProcess.command(
                metadata("/m2/testcontainers-localstack.jar"), Set.of(), null, AwsBackend.LOCALSTACK);

        assertThat(command).containsSubsequence(LocalAwsLauncher.class.getName(), "--backend", "localstack");
        assertThat(classpathOf(command)).contains("/m2/elasticmq.jar").endsWith("/m2/testcontainers-localstack.jar");
    }

    @Test
    void withoutTestcontainersInTheMetadataTheLocalStackBackEndFailsSayingSo() {
        assertThatThrownBy(() -> LocalAwsProcess.command(metadata(null), Set.of(), null, AwsBackend.LOCALSTACK))
                .hasMessageContaining("Testcontainers")
                .hasMessageContaining("rebuild local-aws");
    }

    @Test
    void theBuildWritesTestcontainersIntoTheLocalStackClasspathOnly() {
        Properties built = LocalAwsProcess.metadata();

        assertThat(built.getProperty("classpath")).doesNotContain("testcontainers");
        assertThat(built.getProperty("classpath.localstack"))
                .contains("testcontainers-localstack-")
                .contains("testcontainers-2.");
    }
}
