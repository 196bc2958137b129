/** Use cases on review tasks: intake, the reviewer desk, decisions, sweeps and workflow heartbeats. */
package com.mangaassist.reviewqueue.task.application;
