package com.mangaassist.orchestrator.config;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.orchestrator.turnstats.adapter.in.scheduling.TurnStatsSchedule;
import com.mangaassist.orchestrator.turnstats.adapter.out.dynamodb.DynamoDbTurnStats;
import com.mangaassist.orchestrator.turnstats.application.FlushTurnStats;
import com.mangaassist.orchestrator.turnstats.domain.EscalationWindow;
import com.mangaassist.orchestrator.turnstats.domain.TurnCounter;
import com.mangaassist.orchestrator.turnstats.domain.TurnTally;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.validation.annotation.Validated;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Turn statistics: the in-memory tally every routed turn is counted in, its periodic flush to DynamoDB, and
 * the sliding escalation rate the alarms watch.
 */
@Configuration(proxyBeanMethods = false)
class TurnStatsConfiguration {

    /**
     * Turn statistics settings.
     *
     * @param flushInterval how often counts are written, and the width of a {@code routing-counts} bucket
     *     (buckets start at multiples of it since the epoch). Whole seconds in [1s, 10m]; default 10 seconds
     * @param retention how long written statistics are kept ({@code expires_at} = start of the hour or
     *     bucket + retention), and how long unwritten ones are retried. In [1h, 400d]; default 8 days
     * @param escalationWindow the sliding window of {@value #ESCALATION_RATE_METRIC} (the
     *     EscalationRateAnomaly alarm's signal). In [1m, 1h]; default 5 minutes
     * @param escalationMinimumTurns fewer turns in the window read as no evidence (NaN); default 20
     */
    @Validated
    @ConfigurationProperties("mangaassist.turn-stats")
    public record TurnStatsProperties(
            Duration flushInterval, Duration retention, Duration escalationWindow, Long escalationMinimumTurns) {

        static final Duration DEFAULT_FLUSH_INTERVAL = Duration.ofSeconds(10);
        static final Duration DEFAULT_RETENTION = Duration.ofDays(8);
        static final Duration DEFAULT_ESCALATION_WINDOW = Duration.ofMinutes(5);
        static final long DEFAULT_ESCALATION_MINIMUM_TURNS = 20;

        public TurnStatsProperties {
            flushInterval = flushInterval == null ? DEFAULT_FLUSH_INTERVAL : flushInterval;
            retention = retention == null ? DEFAULT_RETENTION : retention;
            escalationWindow = escalationWindow == null ? DEFAULT_ESCALATION_WINDOW : escalationWindow;
            escalationMinimumTurns =
                    escalationMinimumTurns == null ? DEFAULT_ESCALATION_MINIMUM_TURNS : escalationMinimumTurns;
            if (escalationWindow.compareTo(Duration.ofMinutes(1)) < 0
                    || escalationWindow.compareTo(Duration.ofHours(1)) > 0) {
                throw new IllegalArgumentException(
                        "mangaassist.turn-stats.escalation-window must be in [1m, 1h]: " + escalationWindow);
            }
            if (escalationMinimumTurns < 1) {
                throw new IllegalArgumentException(
                        "mangaassist.turn-stats.escalation-minimum-turns must be at least 1: "
                                + escalationMinimumTurns);
            }
            if (flushInterval.compareTo(Duration.ofSeconds(1)) < 0
                    || flushInterval.compareTo(Duration.ofMinutes(10)) > 0
                    || flushInterval.getNano() != 0) {
                throw new IllegalArgumentException(
                        "mangaassist.turn-stats.flush-interval must be whole seconds in [1s, 10m]: " + flushInterval);
            }
            if (retention.compareTo(Duration.ofHours(1)) < 0 || retention.compareTo(Duration.ofDays(400)) > 0) {
                throw new IllegalArgumentException(
                        "mangaassist.turn-stats.retention must be in [1h, 400d]: " + retention);
            }
        }
    }

    /** The gauge of the escalated share of recent turns (docs/ALARMS.md, EscalationRateAnomaly). */
    static final String ESCALATION_RATE_METRIC = "mangaassist.routing.escalation.rate";

    private static final int ESCALATION_SLOTS = 30;

    @Bean
    TurnTally turnTally(Clock clock, TurnStatsProperties properties) {
        return new TurnTally(clock, properties.flushInterval());
    }

    @Bean
    EscalationWindow escalationWindow(Clock clock, TurnStatsProperties properties, MeterRegistry meters) {
        EscalationWindow window = new EscalationWindow(
                clock, properties.escalationWindow(), ESCALATION_SLOTS, properties.escalationMinimumTurns());
        Gauge.builder(ESCALATION_RATE_METRIC, window, EscalationWindow::rate)
                .description("share of turns sent to review or handed off over the last escalation-window")
                .register(meters);
        return window;
    }

    /** What the turn path counts into: the statistics' tally and the escalation window. */
    @Bean
    @Primary
    TurnCounter turnCounter(TurnTally tally, EscalationWindow escalation) {
        return TurnCounter.all(tally, escalation);
    }

    @Bean
    FlushTurnStats flushTurnStats(
            TurnTally tally,
            DynamoDbClient dynamoDb,
            ResourceNaming names,
            TurnStatsProperties properties,
            Clock clock) {
        return new FlushTurnStats(
                tally,
                new DynamoDbTurnStats(
                        dynamoDb,
                        names.table(Resources.CONFIDENCE_HISTOGRAMS),
                        names.table(Resources.ROUTING_COUNTS),
                        properties.retention()),
                properties.retention(),
                clock);
    }

    @Bean
    TurnStatsSchedule turnStatsSchedule(FlushTurnStats flush, MeterRegistry meters, TurnStatsProperties properties) {
        return new TurnStatsSchedule(flush, meters, properties.flushInterval());
    }
}
