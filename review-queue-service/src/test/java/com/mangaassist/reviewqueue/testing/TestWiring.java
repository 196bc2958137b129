package com.mangaassist.reviewqueue.testing;

import com.mangaassist.common.testing.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A mutable clock for every time-dependent rule. */
@TestConfiguration(proxyBeanMethods = false)
public class TestWiring {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(Desk.START);
    }

    /** Adds the in-memory workflow in place of Step Functions. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class FakeWorkflow {

        @Bean
        @Primary
        FakeReviewWorkflow fakeReviewWorkflow() {
            return new FakeReviewWorkflow();
        }
    }
}
