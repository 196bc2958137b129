/** The periodic jobs (sweeps, workflow heartbeats), each run by one instance at a time. */
package com.mangaassist.reviewqueue.task.adapter.in.scheduling;
