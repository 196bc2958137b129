/** What periodic feedback jobs share. */
package com.mangaassist.feedback.jobs;
