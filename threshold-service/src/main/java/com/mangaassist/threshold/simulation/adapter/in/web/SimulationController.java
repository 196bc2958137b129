package com.mangaassist.threshold.simulation.adapter.in.web;

import com.mangaassist.common.web.ApiProblem;
import com.mangaassist.threshold.changerequest.adapter.in.web.ThresholdRequests;
import com.mangaassist.threshold.changerequest.application.ChangeControl;
import com.mangaassist.threshold.simulation.application.ThresholdSimulations;
import com.mangaassist.threshold.simulation.domain.ImpactReport;
import java.time.Duration;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Simulate a thresholds change without proposing it (any staff): {@code {"changes": {"general":
 * {"autoRespondMin": 0.95}}, "lookbackHours": 168}} → the impact report (per category before/after
 * shares, reviews per day against capacity, the JST hourly profile, queue outlook per priority, cost,
 * warnings). Nothing is stored.
 */
@RestController
public class SimulationController {

    private final ThresholdSimulations simulations;
    private final ChangeControl control;

    public SimulationController(ThresholdSimulations simulations, ChangeControl control) {
        this.simulations = simulations;
        this.control = control;
    }

    public record SimulationBody(JsonNode changes, Integer lookbackHours) {}

    @PostMapping("/api/simulations/thresholds")
    public ImpactReport simulate(@RequestBody SimulationBody body) {
        if (body == null) {
            throw ApiProblem.badRequest("INVALID_REQUEST", "changes are required");
        }
        Duration lookback = Duration.ofHours(body.lookbackHours() == null ? 168 : body.lookbackHours());
        return simulations.report(control.proposedSets(ThresholdRequests.patches(body.changes())), lookback);
    }
}
