/** The {@code delivery-promises} table. */
package com.mangaassist.orchestrator.followup.adapter.out.dynamodb;
