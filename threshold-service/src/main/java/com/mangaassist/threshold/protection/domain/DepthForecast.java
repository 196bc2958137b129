package com.mangaassist.threshold.protection.domain;

import com.mangaassist.threshold.signals.domain.CapacitySignals;
import java.util.OptionalLong;

/** The review queue's projected depth a while ahead (port; the queueing forecast implements it). */
public interface DepthForecast {

    /** Projected total waiting reviews at the forecast horizon, or empty when it cannot be told. */
    OptionalLong projectedDepth(CapacitySignals signals);
}
