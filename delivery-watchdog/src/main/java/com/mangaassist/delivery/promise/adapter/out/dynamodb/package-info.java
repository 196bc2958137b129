/** DynamoDB adapters: promises, inbox, customer contacts, the job lease and the audit log. */
package com.mangaassist.delivery.promise.adapter.out.dynamodb;
