package com.mangaassist.feedback.intake.application;

import com.mangaassist.feedback.intake.domain.CorrectionSanitiser;
import com.mangaassist.feedback.intake.domain.Exclusion;
import com.mangaassist.feedback.intake.domain.FeedbackKind;
import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import com.mangaassist.feedback.intake.domain.FeedbackStore;
import com.mangaassist.feedback.intake.domain.RateLimits;
import com.mangaassist.feedback.intake.domain.RatedMessage;
import com.mangaassist.feedback.intake.domain.RatedMessages;
import com.mangaassist.feedback.intake.domain.Relatedness;
import com.mangaassist.feedback.intake.domain.SanitisedCorrection;
import com.mangaassist.feedback.intake.domain.SignalContext;
import com.mangaassist.feedback.intake.domain.SignalContexts;
import com.mangaassist.feedback.provenance.domain.ProvenanceScore;
import com.mangaassist.feedback.provenance.domain.ProvenanceScorer;
import com.mangaassist.model.routing.TopicCategory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Takes one feedback signal (flow 4): finds the rated message by its key (consistent read), checks it is
 * the caller's, validates the enrichment against it, applies the rate limits, sanitises a correction,
 * scores provenance and stores the record once. One signal of each kind per message: the same signal
 * again is a replay, a different one a conflict.
 */
public final class SubmitFeedback {

    private final RatedMessages messages;
    private final FeedbackStore store;
    private final RateLimits rateLimits;
    private final CorrectionSanitiser sanitiser;
    private final Relatedness relatedness;
    private final SignalContexts contexts;
    private final ProvenanceScorer scorer;
    private final Set<TopicCategory> allowedTopics;
    private final IntakeEvents events;
    private final Clock clock;

    public SubmitFeedback(
            RatedMessages messages,
            FeedbackStore store,
            RateLimits rateLimits,
            CorrectionSanitiser sanitiser,
            Relatedness relatedness,
            SignalContexts contexts,
            ProvenanceScorer scorer,
            Set<TopicCategory> allowedTopics,
            IntakeEvents events,
            Clock clock) {
        this.messages = messages;
        this.store = store;
        this.rateLimits = rateLimits;
        this.sanitiser = sanitiser;
        this.relatedness = relatedness;
        this.contexts = contexts;
        this.scorer = scorer;
        this.allowedTopics = Set.copyOf(allowedTopics);
        this.events = events;
        this.clock = clock;
    }

    public SubmitOutcome submit(SubmitFeedbackCommand command) {
        SubmitOutcome outcome = decide(command);
        if (outcome instanceof SubmitOutcome.Refused refused) {
            events.refused(command.kind(), refused.code());
        }
        return outcome;
    }

    private SubmitOutcome decide(SubmitFeedbackCommand command) {
        Optional<SubmitOutcome.Refused> malformed = checkShape(command);
        if (malformed.isPresent()) {
            return malformed.get();
        }
        Optional<RatedMessage> found = messages.find(command.messageId());
        if (found.isEmpty() || !found.get().userId().equals(command.userId())) {
            return new SubmitOutcome.NotFound();
        }
        RatedMessage message = found.get();
        if (message.topic().isEmpty()) {
            return message.rawTopic().isEmpty()
                    ? new SubmitOutcome.Refused("MESSAGE_NOT_ANSWERED", "This message has no answer to rate yet.")
                    : mismatch("topic", "TOPIC_NOT_ALLOWED", "The message's topic is not one feedback accepts.");
        }
        TopicCategory topic = message.topic().get();
        if (!allowedTopics.contains(topic)) {
            return mismatch("topic", "TOPIC_NOT_ALLOWED", "The message's topic is not one feedback accepts.");
        }
        if (command.claimedTopic() != null && !command.claimedTopic().equals(topic.code())) {
            return mismatch("topic", "TOPIC_MISMATCH", "topic does not match the rated message.");
        }
        if (command.claimedSessionId() != null && !command.claimedSessionId().equals(message.sessionId())) {
            return mismatch("session", "SESSION_MISMATCH", "sessionId does not match the rated message.");
        }
        if (command.kind() == FeedbackKind.PREFERENCE) {
            Optional<SubmitOutcome> pair = checkPair(command, message);
            if (pair.isPresent()) {
                return pair.get();
            }
        }
        String feedbackId = feedbackId(command);
        SignalContext context = contexts.load(feedbackId, command.userId(), message.sessionId());
        if (context.earlier().isPresent()) {
            FeedbackRecord earlier = context.earlier().get();
            return sameSignal(earlier, command)
                    ? new SubmitOutcome.Replayed(earlier)
                    : new SubmitOutcome.AlreadySubmitted(feedbackId);
        }
        if (!command.canary()) {
            RateLimits.RateDecision rate = rateLimits.tryConsume(command.kind(), message.sessionId(), command.userId());
            if (rate instanceof RateLimits.RateDecision.Limited limited) {
                events.rateLimited(command.kind(), limited.scope());
                return new SubmitOutcome.RateLimited(limited.scope(), limited.retryAfter());
            }
        }
        FeedbackRecord record = enrich(command, message, topic, feedbackId, context);
        Optional<SubmitOutcome.Refused> inconsistent = verify(record, message);
        if (inconsistent.isPresent()) {
            return inconsistent.get();
        }
        if (!store.insert(record)) {
            FeedbackRecord stored = store.find(feedbackId)
                    .orElseThrow(() -> new IllegalStateException(
                            "feedback " + feedbackId + " was reported present but cannot be read"));
            return sameSignal(stored, command)
                    ? new SubmitOutcome.Replayed(stored)
                    : new SubmitOutcome.AlreadySubmitted(feedbackId);
        }
        events.accepted(record);
        return new SubmitOutcome.Accepted(record);
    }

    private FeedbackRecord enrich(
            SubmitFeedbackCommand command,
            RatedMessage message,
            TopicCategory topic,
            String id,
            SignalContext context) {
        Instant now = clock.instant();
        Set<Exclusion> exclusions = EnumSet.noneOf(Exclusion.class);
        String sanitised = null;
        Double related = null;
        if (command.kind() == FeedbackKind.CORRECTION) {
            SanitisedCorrection correction = sanitiser.sanitise(command.correction());
            sanitised = correction.text();
            exclusions.addAll(correction.exclusions());
            if (!correction.exclusions().contains(Exclusion.EMPTY_AFTER_SANITISING)) {
                related = Math.round(relatedness.similarity(message.question(), sanitised) * 1000) / 1000.0;
                if (related < sanitiser.policy().minRelatedness()) {
                    exclusions.add(Exclusion.UNRELATED);
                }
            }
        }
        ProvenanceScore provenance = scorer.score(
                context.account(),
                store.signalTimes(command.userId(), now.minus(Duration.ofDays(7)), 200),
                now,
                context.reputation());
        if (provenance.value() <= scorer.policy().bar()) {
            exclusions.add(Exclusion.LOW_PROVENANCE);
        }
        if (command.canary()) {
            exclusions.add(Exclusion.CANARY);
        }
        Optional<String> quarantine = context.quarantine();
        return new FeedbackRecord(
                id,
                command.kind(),
                message.messageId(),
                message.sessionId(),
                message.userId(),
                topic,
                message.promptVersion(),
                now,
                command.signal(),
                command.correction(),
                sanitised,
                related,
                pairOnly(command, command.chosenMessageId()),
                pairOnly(command, command.rejectedMessageId()),
                provenance,
                exclusions,
                quarantine.isPresent(),
                quarantine.orElse(null),
                null);
    }

    /** The write-time check of scenario 5: what is about to be stored agrees with the message as read. */
    private Optional<SubmitOutcome.Refused> verify(FeedbackRecord record, RatedMessage message) {
        if (!record.messageId().equals(message.messageId())) {
            return Optional.of(mismatch("message", "MESSAGE_MISMATCH", "Enrichment read a different message."));
        }
        if (!record.sessionId().equals(message.sessionId())) {
            return Optional.of(
                    mismatch("session", "SESSION_MISMATCH", "Enrichment disagrees with the message's session."));
        }
        if (message.topic().isEmpty() || record.topic() != message.topic().get()) {
            return Optional.of(mismatch("topic", "TOPIC_MISMATCH", "Enrichment disagrees with the message's topic."));
        }
        return Optional.empty();
    }

    private SubmitOutcome.Refused mismatch(String field, String code, String detail) {
        events.mismatch(field);
        return new SubmitOutcome.Refused(code, detail);
    }

    private Optional<SubmitOutcome.Refused> checkShape(SubmitFeedbackCommand command) {
        switch (command.kind()) {
            case BINARY -> {
                if (command.signal() == null) {
                    return refused("SIGNAL_REQUIRED", "A BINARY signal needs signal UP or DOWN.");
                }
            }
            case CORRECTION -> {
                String text = command.correction();
                int min = sanitiser.policy().minChars();
                int max = sanitiser.policy().maxChars();
                if (text == null || text.isBlank()) {
                    return refused("CORRECTION_REQUIRED", "A CORRECTION needs the corrected text.");
                }
                int length = text.codePointCount(0, text.length());
                if (length < min || length > max) {
                    return refused("CORRECTION_LENGTH", "A correction must be " + min + "-" + max + " characters.");
                }
            }
            case PREFERENCE -> {
                if (command.chosenMessageId() == null || command.rejectedMessageId() == null) {
                    return refused(
                            "PREFERENCE_PAIR_REQUIRED", "A PREFERENCE needs chosenMessageId and rejectedMessageId.");
                }
                if (command.chosenMessageId().equals(command.rejectedMessageId())) {
                    return refused("PREFERENCE_PAIR_INVALID", "chosenMessageId and rejectedMessageId must differ.");
                }
            }
        }
        return Optional.empty();
    }

    /** Both answers of a pair are the caller's and from the rated message's session. */
    private Optional<SubmitOutcome> checkPair(SubmitFeedbackCommand command, RatedMessage message) {
        for (String id : List.of(command.chosenMessageId(), command.rejectedMessageId())) {
            Optional<RatedMessage> other = id.equals(message.messageId()) ? Optional.of(message) : messages.find(id);
            if (other.isEmpty() || !other.get().userId().equals(command.userId())) {
                return Optional.of(new SubmitOutcome.NotFound());
            }
            if (!other.get().sessionId().equals(message.sessionId())) {
                return Optional.of(mismatch(
                        "session", "SESSION_MISMATCH", "Both answers of a preference must come from one session."));
            }
        }
        return Optional.empty();
    }

    private static Optional<SubmitOutcome.Refused> refused(String code, String detail) {
        return Optional.of(new SubmitOutcome.Refused(code, detail));
    }

    private static boolean sameSignal(FeedbackRecord stored, SubmitFeedbackCommand command) {
        return stored.userId().equals(command.userId())
                && Objects.equals(stored.signal(), command.signal())
                && Objects.equals(stored.correctionRaw(), command.correction())
                && Objects.equals(stored.chosenMessageId(), pairOnly(command, command.chosenMessageId()))
                && Objects.equals(stored.rejectedMessageId(), pairOnly(command, command.rejectedMessageId()));
    }

    /** Only a preference names a pair, and only a preference's pair is checked against the caller. */
    private static String pairOnly(SubmitFeedbackCommand command, String id) {
        return command.kind() == FeedbackKind.PREFERENCE ? id : null;
    }

    /** One id per (message, kind): a deterministic hash, so retries and races land on one item. */
    static String feedbackId(SubmitFeedbackCommand command) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((command.kind() + "\n" + command.messageId()).getBytes(StandardCharsets.UTF_8));
            return "fb-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
