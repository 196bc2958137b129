package com.mangaassist.threshold;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Governed configuration: versioned thresholds and prompts, change requests, canary and audit. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ThresholdApplication {

    public static void main(String[] args) {
        SpringApplication.run(ThresholdApplication.class, args);
    }
}
