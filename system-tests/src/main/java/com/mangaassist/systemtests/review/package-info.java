/**
 * Clients and the load harness for the human review loop: customers chatting through the gateway,
 * simulated reviewers working the reviewer API, the queue's own signals sampled while they do, and the
 * review path's latencies (decision and workflow timeout to the customer's frame) read back afterwards.
 */
package com.mangaassist.systemtests.review;
