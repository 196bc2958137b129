/** Pagers: recorded in memory (local) or published to SNS. */
package com.mangaassist.feedback.monitoring.adapter.out.paging;
