/**
 * Review capacity as queues: Erlang C and non-preemptive priority M/M/c waits, SLA targets, and the
 * 30-minute queue forecast built from the review service's {@code CapacitySignals}. Pure functions of
 * their arguments: no framework, no I/O, no clock.
 */
package com.mangaassist.threshold.capacity.domain;
