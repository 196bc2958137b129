package com.mangaassist.orchestrator.config;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.confidence.adapter.out.dynamodb.DynamoDbReviewOutcomes;
import com.mangaassist.orchestrator.confidence.application.ConfidenceScorer;
import com.mangaassist.orchestrator.confidence.application.ReviewOutcomes;
import com.mangaassist.orchestrator.confidence.domain.CalibrationQuality;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Confidence scoring, its periodic recalibration from review outcomes, and calibration metrics per topic. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ConfidenceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConfidenceConfiguration.class);

    @Bean
    ReviewOutcomes reviewOutcomes(DynamoDbClient dynamoDb, ResourceNaming names) {
        return new DynamoDbReviewOutcomes(dynamoDb, names.table(Resources.REVIEW_OUTCOMES));
    }

    @Bean
    ConfidenceScorer confidenceScorer(
            ReviewOutcomes outcomes, Clock clock, ConfidenceProperties properties, MeterRegistry meters) {
        ConfidenceScorer scorer = new ConfidenceScorer(
                outcomes, clock, properties.window(), properties.maxSamples(), properties.minimumSamples());
        for (TopicCategory topic : TopicCategory.values()) {
            gauge(
                    meters,
                    "mangaassist.confidence.calibration.ece",
                    scorer,
                    topic,
                    CalibrationQuality::expectedCalibrationError);
            gauge(meters, "mangaassist.confidence.calibration.brier", scorer, topic, CalibrationQuality::brierScore);
            gauge(meters, "mangaassist.confidence.calibration.samples", scorer, topic, q -> q.samples());
        }
        return scorer;
    }

    @Bean
    CalibrationRefresher calibrationRefresher(ConfidenceScorer scorer) {
        return new CalibrationRefresher(scorer);
    }

    private static void gauge(
            MeterRegistry meters,
            String name,
            ConfidenceScorer scorer,
            TopicCategory topic,
            ToDoubleFunction<CalibrationQuality> value) {
        Gauge.builder(
                        name,
                        scorer,
                        s -> value.applyAsDouble(s.current().quality().get(topic)))
                .tag("topic", topic.code())
                .register(meters);
    }

    /** Refits calibrations at start and then every {@code mangaassist.confidence.refresh-interval}. */
    static final class CalibrationRefresher {

        private final ConfidenceScorer scorer;

        CalibrationRefresher(ConfidenceScorer scorer) {
            this.scorer = scorer;
        }

        @Scheduled(initialDelay = 0, fixedDelayString = "${mangaassist.confidence.refresh-interval}")
        void refresh() {
            var calibrations = scorer.refresh();
            log.info("confidence calibrations refreshed: {}", calibrations.quality());
        }
    }
}
