/**
 * The Step Functions stand-in (aws-local-stepfunctions behind an HTTP front speaking the Step Functions JSON API,
 * with task tokens, heartbeats and the SQS integrations) and the provisioning of the review state machine.
 */
package com.mangaassist.localaws.stepfunctions;
