/** HTTP endpoints of the monitors: quality, anomalies and aggregates. */
package com.mangaassist.feedback.monitoring.adapter.in.web;
