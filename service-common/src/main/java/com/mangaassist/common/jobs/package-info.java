/** Single-runner leases for periodic jobs: the port and its conditional write on the locks table. */
package com.mangaassist.common.jobs;
