package com.mangaassist.orchestrator.routing.domain;

import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.RouteDecision;
import java.util.Objects;

/** What the {@link Router} decided for a turn, with the version of the thresholds it applied. */
public sealed interface Routed {

    /** The version of the topic's thresholds the decision was made with (0 = default seed). */
    long thresholdVersion();

    /** The decision as recorded on the message. */
    RouteDecision decision();

    /** Send the answer to the customer now. */
    record AutoRespond(long thresholdVersion) implements Routed {
        @Override
        public RouteDecision decision() {
            return RouteDecision.AUTO_RESPOND;
        }
    }

    /** A reviewer checks the draft first; {@code reason} says why and why at this priority. */
    record Review(Priority priority, String reason, long thresholdVersion) implements Routed {
        public Review {
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public RouteDecision decision() {
            return RouteDecision.REVIEW;
        }
    }

    /** A live agent takes the turn over. */
    record Handoff(String reason, long thresholdVersion) implements Routed {
        public Handoff {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public RouteDecision decision() {
            return RouteDecision.HANDOFF;
        }
    }
}
