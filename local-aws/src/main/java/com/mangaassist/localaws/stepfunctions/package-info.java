/**
 * Seam for the Step Functions stand-in (aws-local-stepfunctions behind an HTTP front speaking the
 * Step Functions JSON API). It arrives with the review workflow; until then the stack starts without it.
 */
package com.mangaassist.localaws.stepfunctions;
