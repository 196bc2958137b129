/** Assembling the report from the services (port {@code ReportSources}). */
package com.mangaassist.console.report.application;
