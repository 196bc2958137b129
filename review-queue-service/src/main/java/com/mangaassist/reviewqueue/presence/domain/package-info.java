/** Presence records, the activity rule and the staffing windows; the roster port. */
package com.mangaassist.reviewqueue.presence.domain;
