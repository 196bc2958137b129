/** Review tasks and their rules: statuses, priorities and SLAs, leases, decisions; the ports they need. */
package com.mangaassist.reviewqueue.task.domain;
