/** Rate limits as Bucket4j token buckets in Redis. */
package com.mangaassist.feedback.intake.adapter.out.redis;
