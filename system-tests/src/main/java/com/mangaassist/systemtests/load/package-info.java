/** The chat load harness: an open-loop load generator for the running suite and its latency report. */
package com.mangaassist.systemtests.load;
