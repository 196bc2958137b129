/** Routing counts from DynamoDB. */
package com.mangaassist.threshold.traffic.adapter.out.dynamodb;
