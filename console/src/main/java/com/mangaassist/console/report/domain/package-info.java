/** The week and the report. */
package com.mangaassist.console.report.domain;
