package com.mangaassist.threshold.capacity.adapter.in.web;

import com.mangaassist.common.web.ApiProblem;
import com.mangaassist.threshold.capacity.application.Forecasts;
import com.mangaassist.threshold.capacity.domain.QueueForecast;
import com.mangaassist.threshold.protection.application.Backpressure;
import com.mangaassist.threshold.protection.domain.BackpressureDecision;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review queue 30 minutes ahead (any staff), with the backpressure level in force: what on-call
 * plots next to the queue depth. 503 {@code SIGNALS_UNAVAILABLE} without a fresh review-service snapshot.
 */
@RestController
public class ForecastController {

    private final Forecasts forecasts;
    private final Backpressure backpressure;

    public ForecastController(Forecasts forecasts, Backpressure backpressure) {
        this.forecasts = forecasts;
        this.backpressure = backpressure;
    }

    public record ForecastView(QueueForecast forecast, String backpressureLevel, BackpressureDecision lastDecision) {}

    @GetMapping("/api/capacity/forecast")
    public ForecastView forecast() {
        QueueForecast forecast = forecasts
                .current()
                .orElseThrow(() -> new ApiProblem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "SIGNALS_UNAVAILABLE",
                        "no fresh review-queue signals: is review-queue-service running?"));
        return new ForecastView(
                forecast,
                backpressure.level().name(),
                backpressure.lastDecision().orElse(null));
    }
}
