/** The reviewers table. */
package com.mangaassist.reviewqueue.presence.adapter.out.dynamodb;
