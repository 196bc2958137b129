/** {@code GET /api/capacity/forecast}. */
package com.mangaassist.threshold.capacity.adapter.in.web;
