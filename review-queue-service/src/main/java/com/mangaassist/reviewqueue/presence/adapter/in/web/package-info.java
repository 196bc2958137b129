/** The presence API: /api/reviewers/me/* for reviewers, /api/reviewers for on-call. */
package com.mangaassist.reviewqueue.presence.adapter.in.web;
