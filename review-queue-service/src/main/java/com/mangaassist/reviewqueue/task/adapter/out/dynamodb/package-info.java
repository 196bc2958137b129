/** DynamoDB adapters: review tasks, review outcomes, single-runner leases. */
package com.mangaassist.reviewqueue.task.adapter.out.dynamodb;
