package com.mangaassist.threshold.config;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.threshold.capacity.application.Forecasts;
import com.mangaassist.threshold.capacity.domain.QueueForecast;
import com.mangaassist.threshold.capacity.domain.QueueForecaster;
import com.mangaassist.threshold.capacity.domain.ReviewSlas;
import com.mangaassist.threshold.changerequest.adapter.out.dynamodb.DynamoDbCanaryMeasures;
import com.mangaassist.threshold.configuration.domain.ThresholdStore;
import com.mangaassist.threshold.signals.domain.ReviewSignals;
import com.mangaassist.threshold.simulation.adapter.out.dynamodb.DynamoDbConfidenceHistories;
import com.mangaassist.threshold.simulation.adapter.out.json.JsonReportRenderer;
import com.mangaassist.threshold.simulation.application.ThresholdSimulations;
import com.mangaassist.threshold.simulation.domain.ImpactSimulator;
import com.mangaassist.threshold.traffic.adapter.out.dynamodb.DynamoDbRoutingHistory;
import com.mangaassist.threshold.traffic.application.TrafficStatistics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.json.JsonMapper;

/** Joins the impact simulation and the queue forecast to their inputs. */
@Configuration(proxyBeanMethods = false)
class SimulationConfiguration {

    /** Projected waiting reviews at the forecast horizon (NaN before the first forecast). */
    static final String FORECAST_DEPTH = "mangaassist.threshold.forecast.depth";

    @Bean
    ThresholdSimulations thresholdSimulations(
            ThresholdStore thresholds,
            DynamoDbClient dynamoDb,
            ResourceNaming names,
            ReviewSignals signals,
            JsonMapper json,
            Clock clock,
            ThresholdProperties properties) {
        return new ThresholdSimulations(
                thresholds,
                new DynamoDbConfidenceHistories(dynamoDb, names.table(Resources.CONFIDENCE_HISTOGRAMS)),
                signals,
                new ImpactSimulator(),
                new JsonReportRenderer(json),
                clock,
                Duration.ofHours(168),
                properties.protection().assumedReviewsPerReviewerPerHour());
    }

    /** The routing statistics on-call plots (GET /api/routing/stats). */
    @Bean
    TrafficStatistics trafficStatistics(DynamoDbClient dynamoDb, ResourceNaming names, Clock clock) {
        return new TrafficStatistics(
                new DynamoDbRoutingHistory(new DynamoDbCanaryMeasures(
                        dynamoDb, names.table(Resources.ROUTING_COUNTS), names.table(Resources.FEEDBACK))),
                new DynamoDbConfidenceHistories(dynamoDb, names.table(Resources.CONFIDENCE_HISTOGRAMS)),
                clock);
    }

    @Bean
    Forecasts forecasts(ReviewSignals signals, ThresholdProperties properties, MeterRegistry meters) {
        Forecasts forecasts = new Forecasts(
                signals,
                new QueueForecaster(
                        ReviewSlas.defaults(), properties.protection().assumedReviewsPerReviewerPerHour()),
                properties.protection().forecastHorizon());
        Gauge.builder(
                        FORECAST_DEPTH,
                        forecasts,
                        f -> f.last().map(QueueForecast::totalProjectedDepth).orElse(Double.NaN))
                .description("review tasks projected to wait at the forecast horizon")
                .register(meters);
        return forecasts;
    }
}
