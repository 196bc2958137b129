package com.mangaassist.localaws.junit;

import com.mangaassist.localaws.LocalAwsEndpoints;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class the local stack: started once per test JVM (see {@link LocalAws}), with a
 * resource prefix of its own so test classes never see each other's tables and queues. Test methods
 * and constructors may declare a {@link LocalAwsEndpoints} parameter and a {@code String} parameter
 * annotated {@link Prefix}. With {@code -Plocalstack} on a machine without Docker, every test of the class is
 * disabled with the reason (printed once per JVM), so the build stays green and the skips are counted.
 */
public final class LocalAwsExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LocalAwsExtension.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return LocalAws.skipReason()
                .map(ConditionEvaluationResult::disabled)
                .orElseGet(() -> ConditionEvaluationResult.enabled("back end " + AwsBackend.selected()));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        LocalAws.process();
        context.getStore(NAMESPACE).computeIfAbsent("prefix", key -> LocalAws.freshPrefix(), String.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == LocalAwsEndpoints.class || (type == String.class && parameter.isAnnotated(Prefix.class));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == LocalAwsEndpoints.class) {
            return LocalAws.endpoints();
        }
        return context.getStore(NAMESPACE).computeIfAbsent("prefix", key -> LocalAws.freshPrefix(), String.class);
    }

    /** Marks a {@code String} parameter that receives the test class's resource prefix. */
    @java.lang.annotation.Target(java.lang.annotation.ElementType.PARAMETER)
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    public @interface Prefix {}
}
