package com.mangaassist.metrics.cloudwatch;

import io.micrometer.cloudwatch2.CloudWatchConfig;
import java.time.Duration;

/**
 * Micrometer's {@link CloudWatchConfig} read from {@link CloudWatchExportProperties} (instead of Micrometer's
 * string lookup), so the values the registry uses are exactly the validated ones.
 */
public final class CloudWatchExportConfig implements CloudWatchConfig {

    private final CloudWatchExportProperties properties;

    public CloudWatchExportConfig(CloudWatchExportProperties properties) {
        this.properties = properties;
    }

    @Override
    public String get(String key) {
        return null;
    }

    @Override
    public boolean enabled() {
        return properties.enabled();
    }

    @Override
    public String namespace() {
        return properties.namespace();
    }

    @Override
    public Duration step() {
        return properties.step();
    }

    @Override
    public int batchSize() {
        return properties.batchSize();
    }
}
