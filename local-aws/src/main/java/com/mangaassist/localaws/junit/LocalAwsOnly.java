package com.mangaassist.localaws.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test (class or method) that runs on the {@code local-aws} stand-ins only: on the {@code localstack} back end
 * ({@code -Plocalstack}) it is skipped with {@link #value()} as the reason. For tests that read a stand-in's own
 * endpoints (the SES outbox, the Step Functions front's HTTP errors) or rely on one of its documented departures
 * from AWS; docs/LOCAL-STACK.md lists them per module.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(LocalAwsOnlyCondition.class)
public @interface LocalAwsOnly {

    /** Why the test cannot run on LocalStack. */
    String value();
}
