/** {@code GET /api/audit}: the trail by time and category. */
package com.mangaassist.threshold.audit.adapter.in.web;
