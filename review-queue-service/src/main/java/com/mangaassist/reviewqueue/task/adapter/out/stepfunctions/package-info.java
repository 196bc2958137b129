/** The review workflow on Step Functions: SendTaskSuccess and SendTaskHeartbeat with the stored token. */
package com.mangaassist.reviewqueue.task.adapter.out.stepfunctions;
