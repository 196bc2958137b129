package com.mangaassist.common.memory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/** {@link HeapTrimAtReady} in every service, unless {@code mangaassist.memory.trim-at-ready=false}. */
@AutoConfiguration
public class MemoryAutoConfiguration {

    @Bean
    @ConditionalOnProperty(name = "mangaassist.memory.trim-at-ready", havingValue = "true", matchIfMissing = true)
    HeapTrimAtReady heapTrimAtReady() {
        return new HeapTrimAtReady();
    }
}
