/** API Gateway management API ({@code @connections}): posting, failure classification, retry with backoff. */
package com.mangaassist.delivery.promise.adapter.out.gateway;
