/** The review state machine, started with the SDK's Step Functions client. */
package com.mangaassist.orchestrator.followup.adapter.out.stepfunctions;
