package com.mangaassist.orchestrator.routing.domain;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.RouteDecision;
import java.util.Objects;
import java.util.Optional;

/** What the {@link Router} decided for a turn, with the thresholds it applied and where they came from. */
public sealed interface Routed {

    /** The thresholds the decision was made with. */
    AppliedThresholds thresholds();

    /** The decision as recorded on the message. */
    RouteDecision decision();

    /** The version recorded on the message: the canary's, or the active one (0 = the built-in defaults). */
    default long thresholdVersion() {
        return thresholds().version();
    }

    /** Active, canary or override. */
    default ThresholdVariant variant() {
        return thresholds().variant();
    }

    /** The id of the override applied, for {@link ThresholdVariant#OVERRIDE}. */
    default Optional<String> overrideId() {
        return thresholds().overrideId();
    }

    /** Send the answer to the customer now. */
    record AutoRespond(AppliedThresholds thresholds) implements Routed {
        public AutoRespond {
            Objects.requireNonNull(thresholds, "thresholds");
        }

        @Override
        public RouteDecision decision() {
            return RouteDecision.AUTO_RESPOND;
        }
    }

    /** A reviewer checks the draft first; {@code reason} says why and why at this priority. */
    record Review(Priority priority, String reason, AppliedThresholds thresholds) implements Routed {
        public Review {
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(thresholds, "thresholds");
        }

        @Override
        public RouteDecision decision() {
            return RouteDecision.REVIEW;
        }
    }

    /** A live agent takes the turn over. */
    record Handoff(String reason, AppliedThresholds thresholds) implements Routed {
        public Handoff {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(thresholds, "thresholds");
        }

        @Override
        public RouteDecision decision() {
            return RouteDecision.HANDOFF;
        }
    }
}
