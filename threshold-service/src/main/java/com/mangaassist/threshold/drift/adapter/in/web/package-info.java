/** {@code GET /api/thresholds/drift}. */
package com.mangaassist.threshold.drift.adapter.in.web;
