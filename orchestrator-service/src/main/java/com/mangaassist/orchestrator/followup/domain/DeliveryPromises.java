package com.mangaassist.orchestrator.followup.domain;

/** Where promises are kept; a promise is written at most once per message (conditional write). */
public interface DeliveryPromises {

    PromiseOutcome make(DeliveryPromise promise);
}
