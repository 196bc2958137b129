/** Long-polling consumers of the review-requests and handoffs queues. */
package com.mangaassist.reviewqueue.task.adapter.in.sqs;
