/** {@code GET /api/oncall/weekly-report}, {@code /console/oncall/weekly-report} and the page {@code /weekly}. */
package com.mangaassist.console.report.adapter.in.web;
