/**
 * The delivery contract: what the orchestrator promises ({@link com.mangaassist.model.delivery.PromiseAttributes},
 * the {@code delivery-promises} table) and what arrives on the {@code deliveries} queue for the
 * delivery-watchdog ({@link com.mangaassist.model.delivery.DeliveryRequest}). The review state machine
 * ({@code infra/src/main/resources/statemachines/review-workflow.asl.json}) writes the same JSON shape.
 */
package com.mangaassist.model.delivery;
