package com.mangaassist.systemtests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A smaller reliability run: 200 promises for 50 connected customers, five of whom leave half-way, and
 * one SIGKILL of the delivery-watchdog mid-stream. Nothing may be lost.
 */
class DeliveryReliabilitySystemTest {

    @Test
    void everyPromiseIsKeptDespiteASigkillAndCustomersLeaving() {
        Path root = Path.of(System.getProperty("mangaassist.root", "..")).toAbsolutePath();

        DeliveryReliabilityRun.Accounting accounting = DeliveryReliabilityRun.run(
                root,
                root.resolve("system-tests/target/reliability-system-test"),
                new DeliveryReliabilityRun.Options(
                        200, 50, 1, 10, Duration.ofSeconds(60), Duration.ofSeconds(8), Duration.ofSeconds(90)));
        System.out.println(accounting.report());

        assertThat(accounting.lost()).isZero();
        assertThat(accounting.deliveredWebsocket() + accounting.fallbackInbox()).isEqualTo(200);
        assertThat(accounting.fallbackInbox())
                .as("customers who left got inbox fallbacks")
                .isPositive();
        assertThat(accounting.promiseStates()).doesNotContainKey("PENDING");
    }
}
