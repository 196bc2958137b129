package com.mangaassist.delivery.promise.domain;

/** What became of a post to a connection; every other result is a {@link DeliveryFailedException}. */
public sealed interface PostOutcome {

    record Posted() implements PostOutcome {}

    /** The connection is closed ({@code GoneException}): use the fallback chain. */
    record Gone() implements PostOutcome {}
}
