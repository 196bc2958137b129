/** The reviewer REST API of docs/API.md and docs/REVIEW-QUEUE.md; HTTP statuses and problem codes live here. */
package com.mangaassist.reviewqueue.task.adapter.in.web;
