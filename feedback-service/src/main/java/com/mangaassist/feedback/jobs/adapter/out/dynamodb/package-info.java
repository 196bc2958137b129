/** Job leases on the locks table. */
package com.mangaassist.feedback.jobs.adapter.out.dynamodb;
