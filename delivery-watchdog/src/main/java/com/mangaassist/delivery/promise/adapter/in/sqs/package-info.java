/** The deliveries queue consumer: long-polls, acknowledges only what was handled. */
package com.mangaassist.delivery.promise.adapter.in.sqs;
