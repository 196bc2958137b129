package com.mangaassist.orchestrator.routing.adapter.out.dynamodb;

/** A stored thresholds item that cannot be turned into valid thresholds. */
final class CorruptThresholdItem extends Exception {

    CorruptThresholdItem(String message) {
        super(message);
    }

    CorruptThresholdItem(String message, Throwable cause) {
        super(message, cause);
    }
}
