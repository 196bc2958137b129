package com.mangaassist.threshold.configuration.application;

import com.mangaassist.model.routing.TopicCategory;

/** Others kept writing a category's item while this change retried; nothing of this change was written. */
public final class StaleConfigurationException extends RuntimeException {

    public StaleConfigurationException(TopicCategory category, int attempts) {
        super("the thresholds of " + category.code() + " changed under " + attempts + " attempts; try again");
    }
}
