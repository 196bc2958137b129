package com.mangaassist.localaws.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class LocalAwsSkipReasonTest {

    private static final Supplier<Optional<String>> NO_DOCKER = () -> Optional.of("no Docker here");
    private static final Supplier<Optional<String>> DOCKER = Optional::empty;

    @Test
    void theStandInsNeverSkip() {
        assertThat(LocalAws.skipReason(AwsBackend.LOCAL_AWS, "", NO_DOCKER)).isEmpty();
    }

    @Test
    void localStackWithoutDockerSkipsAModuleThatNeedsContainers() {
        assertThat(LocalAws.skipReason(AwsBackend.LOCALSTACK, "opensearch", NO_DOCKER))
                .hasValue("no Docker here");
        assertThat(LocalAws.skipReason(AwsBackend.LOCALSTACK, "opensearch", DOCKER))
                .isEmpty();
    }

    @Test
    void aModuleThatNeedsOnlyTheIssuerRunsOnLocalStackWithoutDocker() {
        // the console's localaws.without
        assertThat(LocalAws.skipReason(
                        AwsBackend.LOCALSTACK, "dynamodb,sqs,stepfunctions,redis,opensearch,gateway,ses", NO_DOCKER))
                .isEmpty();
    }
}
