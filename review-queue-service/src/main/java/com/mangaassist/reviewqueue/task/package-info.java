/** Review and handoff tasks: intake, the reviewer desk, decisions through the workflow, sweeps. */
package com.mangaassist.reviewqueue.task;
