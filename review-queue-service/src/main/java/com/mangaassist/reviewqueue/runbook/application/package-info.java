/** The runbooks: reprioritise, auto-deliver aged, bulk approve, page backup reviewers, drain timed out, force check-out. */
package com.mangaassist.reviewqueue.runbook.application;
