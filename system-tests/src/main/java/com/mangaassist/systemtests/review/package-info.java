/**
 * Clients and the load harness for the human review loop: customers chatting through the gateway,
 * simulated reviewers working the reviewer API, and the queue's own signals sampled while they do.
 */
package com.mangaassist.systemtests.review;
