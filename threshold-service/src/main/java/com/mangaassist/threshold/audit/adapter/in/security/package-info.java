/** Refused requests (403) into the audit trail. */
package com.mangaassist.threshold.audit.adapter.in.security;
