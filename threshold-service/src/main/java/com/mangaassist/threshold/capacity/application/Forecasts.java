package com.mangaassist.threshold.capacity.application;

import com.mangaassist.threshold.capacity.domain.QueueForecast;
import com.mangaassist.threshold.capacity.domain.QueueForecaster;
import com.mangaassist.threshold.protection.domain.DepthForecast;
import com.mangaassist.threshold.signals.domain.CapacitySignals;
import com.mangaassist.threshold.signals.domain.ReviewSignals;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The queue forecast {@code horizon} ahead (30 minutes): for the API and its gauges, from the current
 * signals; and for backpressure, from the signals it already read. The last forecast made is kept for the
 * gauges, so a scrape never reads DynamoDB.
 */
public final class Forecasts implements DepthForecast {

    private final ReviewSignals signals;
    private final QueueForecaster forecaster;
    private final Duration horizon;
    private final AtomicReference<QueueForecast> last = new AtomicReference<>();

    public Forecasts(ReviewSignals signals, QueueForecaster forecaster, Duration horizon) {
        this.signals = Objects.requireNonNull(signals, "signals");
        this.forecaster = Objects.requireNonNull(forecaster, "forecaster");
        this.horizon = Objects.requireNonNull(horizon, "horizon");
    }

    /** The forecast from the current signals; empty without fresh signals. */
    public Optional<QueueForecast> current() {
        return signals.current().map(this::forecast);
    }

    /** The last forecast made, if any. */
    public Optional<QueueForecast> last() {
        return Optional.ofNullable(last.get());
    }

    @Override
    public OptionalLong projectedDepth(CapacitySignals signals) {
        return OptionalLong.of(Math.round(forecast(signals).totalProjectedDepth()));
    }

    private QueueForecast forecast(CapacitySignals current) {
        QueueForecast forecast = forecaster.forecast(current, horizon);
        last.set(forecast);
        return forecast;
    }
}
