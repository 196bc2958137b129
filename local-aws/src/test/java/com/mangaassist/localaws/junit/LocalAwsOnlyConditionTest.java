package com.mangaassist.localaws.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

class LocalAwsOnlyConditionTest {

    @LocalAwsOnly("reads the SES stand-in's outbox")
    void annotated() {}

    void plain() {}

    private static Optional<AnnotatedElement> method(String name) throws NoSuchMethodException {
        return Optional.of(LocalAwsOnlyConditionTest.class.getDeclaredMethod(name));
    }

    @Test
    void onLocalStackAnAnnotatedTestIsSkippedWithItsReason() throws Exception {
        ConditionEvaluationResult result = LocalAwsOnlyCondition.evaluate(AwsBackend.LOCALSTACK, method("annotated"));

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValue("local-aws only (reads the SES stand-in's outbox)");
    }

    @Test
    void onTheStandInsItRunsAndUnannotatedTestsRunEverywhere() throws Exception {
        assertThat(LocalAwsOnlyCondition.evaluate(AwsBackend.LOCAL_AWS, method("annotated"))
                        .isDisabled())
                .isFalse();
        assertThat(LocalAwsOnlyCondition.evaluate(AwsBackend.LOCALSTACK, method("plain"))
                        .isDisabled())
                .isFalse();
        assertThat(LocalAwsOnlyCondition.evaluate(AwsBackend.LOCALSTACK, Optional.empty())
                        .isDisabled())
                .isFalse();
    }
}
