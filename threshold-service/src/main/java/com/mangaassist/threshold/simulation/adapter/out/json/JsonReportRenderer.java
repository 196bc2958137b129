package com.mangaassist.threshold.simulation.adapter.out.json;

import com.mangaassist.threshold.simulation.domain.ImpactReport;
import com.mangaassist.threshold.simulation.domain.ReportRenderer;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;

/** The report as the API shows it (the application's mapper, so stored and live reports read alike). */
public final class JsonReportRenderer implements ReportRenderer {

    private final JsonMapper json;

    public JsonReportRenderer(JsonMapper json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    @Override
    public String render(ImpactReport report) {
        return json.writeValueAsString(report);
    }
}
