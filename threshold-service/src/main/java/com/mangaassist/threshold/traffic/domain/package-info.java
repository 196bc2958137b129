/** Routed traffic per category: decisions, escalation rate and confidence distribution over recent hours. */
package com.mangaassist.threshold.traffic.domain;
