/** Check-in, heartbeat, check-out with the minimum-staffing guard, and the roster view. */
package com.mangaassist.reviewqueue.presence.application;
