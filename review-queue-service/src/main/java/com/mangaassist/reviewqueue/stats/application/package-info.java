/** Computing the stats snapshot from the task index, the window and presence. */
package com.mangaassist.reviewqueue.stats.application;
