/** Review tasks, priorities and SLAs, reviewers and their presence. */
package com.mangaassist.reviewqueue;
