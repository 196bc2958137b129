package com.mangaassist.delivery;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Delivery promises, delivery to connections, fallback channels and the watchdog. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DeliveryWatchdogApplication {

    public static void main(String[] args) {
        SpringApplication.run(DeliveryWatchdogApplication.class, args);
    }
}
