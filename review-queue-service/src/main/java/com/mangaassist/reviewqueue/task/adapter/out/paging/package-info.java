/** Pagers: SNS in AWS, a recorded list locally. */
package com.mangaassist.reviewqueue.task.adapter.out.paging;
