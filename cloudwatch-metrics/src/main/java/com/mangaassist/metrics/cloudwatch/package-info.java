/**
 * Publishing the services' Micrometer meters to Amazon CloudWatch in the {@code aws} profile (issue 13): one
 * auto-configuration every service and the console share, so the runbook alarms (shared-model
 * {@code RunbookAlarms}) watch metrics that really arrive. Off unless
 * {@code management.cloudwatch.metrics.export.enabled=true}.
 */
package com.mangaassist.metrics.cloudwatch;
