package com.mangaassist.threshold.simulation.domain;

/** Writes a report as the JSON document a change request keeps (port). */
public interface ReportRenderer {

    String render(ImpactReport report);
}
