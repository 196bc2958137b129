/** GET /api/reviews/stats. */
package com.mangaassist.reviewqueue.stats.adapter.in.web;
