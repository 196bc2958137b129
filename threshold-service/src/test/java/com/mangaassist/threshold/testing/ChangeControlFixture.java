package com.mangaassist.threshold.testing;

import com.mangaassist.common.paging.RecordedPager;
import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.threshold.audit.domain.Auditor;
import com.mangaassist.threshold.changerequest.application.CanaryEvaluations;
import com.mangaassist.threshold.changerequest.application.ChangeControl;
import com.mangaassist.threshold.changerequest.application.ChangeControlSettings;
import com.mangaassist.threshold.changerequest.application.EscalationBreaker;
import com.mangaassist.threshold.changerequest.application.ProposeCommand;
import com.mangaassist.threshold.changerequest.domain.Approver;
import com.mangaassist.threshold.changerequest.domain.ChangeKind;
import com.mangaassist.threshold.changerequest.domain.ChangeRequest;
import com.mangaassist.threshold.changerequest.domain.EvaluationPolicy;
import com.mangaassist.threshold.changerequest.domain.Simulations;
import com.mangaassist.threshold.configuration.application.ConfigurationWriter;
import com.mangaassist.threshold.configuration.application.Reverts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Change control wired to in-memory adapters and a mutable clock, with the production defaults. */
public final class ChangeControlFixture {

    public static final Instant START = Instant.parse("2026-12-04T01:00:00Z");

    public final MutableClock clock = new MutableClock(START);
    public final InMemoryThresholdStore thresholds = new InMemoryThresholdStore();
    public final InMemoryPromptStore prompts = new InMemoryPromptStore();
    public final InMemoryChangeRequests requests = new InMemoryChangeRequests();
    public final RecordingTrail trail = new RecordingTrail();
    public final RecordingAnnouncer announcer = new RecordingAnnouncer();
    public final FakeMeasures measures = new FakeMeasures();
    public final RecordedPager pager = new RecordedPager();
    public final Auditor auditor = new Auditor(trail, clock);
    public final ConfigurationWriter writer = new ConfigurationWriter(thresholds, announcer, clock);
    public final ChangeControlSettings settings = new ChangeControlSettings(
            5.0,
            Duration.ofHours(4),
            Duration.ofHours(48),
            new EvaluationPolicy(0.02, 200, 50),
            0.30,
            Duration.ofMinutes(10),
            Duration.ofMinutes(1),
            20,
            Duration.ofHours(1),
            Duration.ofHours(1));
    public final Reverts reverts = new Reverts(thresholds, writer, auditor, settings.knownGoodAfter());
    public final Simulations simulations = proposed -> new Simulations.Simulated(
            "{\"categories\":" + proposed.size() + ",\"exceedsCapacity\":true}", true, List.of("capacity exceeded"));
    private final AtomicInteger ids = new AtomicInteger();
    public final ChangeControl control = new ChangeControl(
            requests,
            thresholds,
            writer,
            prompts,
            announcer,
            simulations,
            auditor,
            settings,
            clock,
            () -> "cr-" + ids.incrementAndGet());
    public final CanaryEvaluations evaluations = new CanaryEvaluations(control, measures, settings.evaluation(), clock);
    public final EscalationBreaker breaker =
            new EscalationBreaker(control, thresholds, measures, reverts, pager, auditor, settings, clock);

    /** A proposal by {@code by} to set general's auto-respond minimum. */
    public ChangeRequest proposeGeneral(String by, double autoRespondMin) {
        return control.propose(new ProposeCommand(
                by,
                ChangeKind.THRESHOLDS,
                Map.of(
                        TopicCategory.GENERAL,
                        new ProposeCommand.ThresholdPatch(
                                OptionalDouble.of(autoRespondMin), OptionalDouble.empty(), OptionalDouble.empty())),
                Optional.empty(),
                Optional.empty(),
                "change general",
                OptionalDouble.empty()));
    }

    public static Approver mlLead(String id) {
        return new Approver(id, true, Set.of());
    }

    public static Approver owner(String id, TopicCategory... categories) {
        return new Approver(id, false, Set.of(categories));
    }
}
