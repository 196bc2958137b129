/** The hourly reputation judging schedule. */
package com.mangaassist.feedback.provenance.adapter.in.scheduling;
