/** Audit entries and the trail port. */
package com.mangaassist.threshold.audit.domain;
