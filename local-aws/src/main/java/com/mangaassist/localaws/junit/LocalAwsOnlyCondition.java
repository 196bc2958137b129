package com.mangaassist.localaws.junit;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips {@link LocalAwsOnly} tests on the {@code localstack} back end, giving their reason. */
public final class LocalAwsOnlyCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return evaluate(AwsBackend.selected(), context.getElement());
    }

    static ConditionEvaluationResult evaluate(AwsBackend backend, Optional<AnnotatedElement> element) {
        Optional<LocalAwsOnly> annotation = element.map(e -> e.getAnnotation(LocalAwsOnly.class));
        if (annotation.isEmpty() || backend == AwsBackend.LOCAL_AWS) {
            return ConditionEvaluationResult.enabled("back end " + backend);
        }
        return ConditionEvaluationResult.disabled(
                "local-aws only (" + annotation.get().value() + ")");
    }
}
