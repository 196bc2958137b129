package com.mangaassist.common.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class HeapTrimAtReadyTest {

    private final ApplicationContextRunner contexts =
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MemoryAutoConfiguration.class));

    @Test
    void everyServiceTrimsItsHeapAtReadyUnlessTurnedOff() {
        contexts.run(context -> assertThat(context).hasSingleBean(HeapTrimAtReady.class));
        contexts.withPropertyValues("mangaassist.memory.trim-at-ready=false")
                .run(context -> assertThat(context).doesNotHaveBean(HeapTrimAtReady.class));
    }

    @Test
    void theReadyEventCollectsOnce() {
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger collections = new AtomicInteger();
        HeapTrimAtReady trim = new HeapTrimAtReady(
                () -> {
                    requests.incrementAndGet();
                    collections.incrementAndGet();
                },
                collections::get);

        trim.onApplicationEvent(ready());

        assertThat(requests).hasValue(1);
    }

    @Test
    void aSkippedRequestIsRepeatedAFewTimesThenGivenUp() {
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger collections = new AtomicInteger();
        HeapTrimAtReady skippedTwice = new HeapTrimAtReady(
                () -> {
                    if (requests.incrementAndGet() == 3) {
                        collections.incrementAndGet();
                    }
                },
                collections::get);
        skippedTwice.onApplicationEvent(ready());
        assertThat(requests).hasValue(3);

        AtomicInteger never = new AtomicInteger();
        new HeapTrimAtReady(never::incrementAndGet, () -> 0).onApplicationEvent(ready());
        assertThat(never).hasValue(5);
    }

    private static ApplicationReadyEvent ready() {
        return new ApplicationReadyEvent(new SpringApplication(), new String[0], null, Duration.ZERO);
    }
}
