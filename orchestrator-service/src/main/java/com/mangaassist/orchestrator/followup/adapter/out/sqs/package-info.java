/** The handoffs and deliveries queues. */
package com.mangaassist.orchestrator.followup.adapter.out.sqs;
