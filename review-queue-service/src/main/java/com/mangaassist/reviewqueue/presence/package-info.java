/** Reviewer presence (check-in, heartbeat, check-out), minimum staffing and the roster. */
package com.mangaassist.reviewqueue.presence;
