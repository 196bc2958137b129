/** The improvement job's meters. */
package com.mangaassist.feedback.improvement.adapter.out.metrics;
