/** Pure detectors, quality checks, aggregation and the pager and canary ports of the monitors. */
package com.mangaassist.feedback.monitoring.domain;
