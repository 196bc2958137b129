/** DynamoDB adapters: {@code change-requests}, and the measures canaries are judged by. */
package com.mangaassist.threshold.changerequest.adapter.out.dynamodb;
