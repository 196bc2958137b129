/** The review workflow's executions through Step Functions' ListExecutions. */
package com.mangaassist.console.oncall.adapter.out.stepfunctions;
