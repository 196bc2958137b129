/**
 * What happens to a turn after its first reply, so that no customer is left hanging: a turn sent to
 * review gets a delivery promise (written before the acknowledgement is posted) and a review
 * workflow execution (started after it, named by the message id so a retry cannot start two); a
 * handoff is queued for the agents; a customer who connects again is announced to the
 * delivery-watchdog so their inbox is delivered.
 */
package com.mangaassist.orchestrator.followup;
