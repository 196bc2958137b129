package com.mangaassist.orchestrator.answering.application;

import com.mangaassist.common.concurrent.Futures;
import com.mangaassist.model.chat.Answer;
import com.mangaassist.model.chat.ServerMessage;
import com.mangaassist.model.routing.Priority;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.answering.domain.CatalogSearch;
import com.mangaassist.orchestrator.answering.domain.CustomerProfile;
import com.mangaassist.orchestrator.answering.domain.CustomerProfiles;
import com.mangaassist.orchestrator.answering.domain.FoundationModel;
import com.mangaassist.orchestrator.answering.domain.ModelOutcome;
import com.mangaassist.orchestrator.answering.domain.ModelRequest;
import com.mangaassist.orchestrator.answering.domain.ModelUsage;
import com.mangaassist.orchestrator.answering.domain.PaymentMentions;
import com.mangaassist.orchestrator.answering.domain.Product;
import com.mangaassist.orchestrator.answering.domain.Prompt;
import com.mangaassist.orchestrator.answering.domain.Prompts;
import com.mangaassist.orchestrator.answering.domain.RetrievedProduct;
import com.mangaassist.orchestrator.answering.domain.TierChooser;
import com.mangaassist.orchestrator.answering.domain.TitleMentions;
import com.mangaassist.orchestrator.answering.domain.TopicDetector;
import com.mangaassist.orchestrator.answering.domain.TopicGuess;
import com.mangaassist.orchestrator.answering.domain.TurnRecord;
import com.mangaassist.orchestrator.catalog.domain.CatalogUnavailableException;
import com.mangaassist.orchestrator.chat.domain.CustomerTurn;
import com.mangaassist.orchestrator.confidence.application.ConfidenceScorer;
import com.mangaassist.orchestrator.confidence.domain.ConfidenceFeatures;
import com.mangaassist.orchestrator.confidence.domain.FeatureExtraction;
import com.mangaassist.orchestrator.confidence.domain.GroundingCheck;
import com.mangaassist.orchestrator.routing.domain.Routed;
import com.mangaassist.orchestrator.routing.domain.Router;
import com.mangaassist.orchestrator.routing.domain.RoutingInput;
import com.mangaassist.orchestrator.routing.domain.SessionId;
import com.mangaassist.orchestrator.turnstats.domain.RoutedTurn;
import com.mangaassist.orchestrator.turnstats.domain.TurnCounter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The answering pipeline for one turn: profile (read on the {@code io} executor meanwhile) → topic → retrieval → foundation model → grounding and
 * confidence → thresholds and routing → the reply to post and the record to keep. Every routed turn is
 * also counted for the turn statistics (in memory; written elsewhere).
 *
 * <p>A question about a specific title that the catalog does not have is recognised by the absence of
 * that title among the retrieved products, whatever the draft claims.
 *
 * <p>The topic that routing uses is the classifier's, raised to the model's topic when the model saw a
 * riskier one: neither the customer's text nor the model can lower a turn's risk.
 */
public final class AnswerCustomerTurn {

    /** The system prompt of the answering model. */
    public static final String PROMPT_ID = "answering-system";

    private final CustomerProfiles profiles;
    private final TopicDetector topics;
    private final CatalogSearch catalog;
    private final TitleMentions titles;
    private final TierChooser tiers;
    private final Prompts prompts;
    private final FoundationModel model;
    private final ConfidenceScorer confidence;
    private final Router router;
    private final TurnCounter turnCounter;
    private final Acknowledgements acknowledgements;
    private final AnsweringPolicy policy;
    private final Executor io;
    private final GroundingCheck grounding = new GroundingCheck();

    /** Retrieval depth and the model's output budget. */
    public record AnsweringPolicy(int retrievalLimit, int maxTokens) {
        public AnsweringPolicy {
            if (retrievalLimit < 1 || retrievalLimit > 50) {
                throw new IllegalArgumentException("retrievalLimit must be in [1, 50]: " + retrievalLimit);
            }
            if (maxTokens < 1 || maxTokens > 4096) {
                throw new IllegalArgumentException("maxTokens must be in [1, 4096]: " + maxTokens);
            }
        }
    }

    public AnswerCustomerTurn(
            CustomerProfiles profiles,
            TopicDetector topics,
            CatalogSearch catalog,
            TitleMentions titles,
            TierChooser tiers,
            Prompts prompts,
            FoundationModel model,
            ConfidenceScorer confidence,
            Router router,
            TurnCounter turnCounter,
            Acknowledgements acknowledgements,
            AnsweringPolicy policy,
            Executor io) {
        this.profiles = profiles;
        this.topics = topics;
        this.catalog = catalog;
        this.titles = titles;
        this.tiers = tiers;
        this.prompts = prompts;
        this.model = model;
        this.confidence = confidence;
        this.router = router;
        this.turnCounter = turnCounter;
        this.acknowledgements = acknowledgements;
        this.policy = policy;
        this.io = io;
    }

    public TurnAnswer answer(CustomerTurn turn) {
        long begin = System.nanoTime();
        // the profile lookup and the retrieval are both I/O and independent: the profile is read meanwhile
        CompletableFuture<CustomerProfile> profileRead =
                CompletableFuture.supplyAsync(() -> profiles.find(turn.userId()), io);
        TopicGuess guess = topics.detect(turn.text(), turn.language());
        // a catalog that is down or slower than its timeout is a turn without a draft, handed to a person (a
        // reviewer could only approve an answer nobody can check): never an error frame, never a hang
        Optional<String> catalogDown = Optional.empty();
        List<RetrievedProduct> retrieved;
        try {
            retrieved = catalog.search(turn.text(), turn.language(), policy.retrievalLimit());
        } catch (CatalogUnavailableException unavailable) {
            retrieved = List.of();
            catalogDown = Optional.of(unavailable.getMessage());
        }
        CustomerProfile profile = Futures.await(profileRead);
        Prompt prompt = prompts.forSession(PROMPT_ID, turn.sessionId());
        ModelRequest request = new ModelRequest(
                prompt.text(),
                prompt.label(),
                turn.text(),
                turn.language(),
                guess.topic(),
                retrieved,
                tiers.choose(guess.topic(), turn.text()),
                policy.maxTokens());
        long modelBegin = System.nanoTime();
        ModelOutcome outcome = catalogDown.isPresent()
                ? new ModelOutcome.Unavailable("catalog unavailable", ModelUsage.none("none"))
                : model.answer(request);
        long modelNanos = System.nanoTime() - modelBegin;

        Optional<TopicCategory> modelTopic = outcome instanceof ModelOutcome.Answered answered
                ? answered.answer().topic()
                : Optional.empty();
        TopicCategory topic = riskier(guess.topic(), modelTopic);
        String draft = "";
        List<String> cited = List.of();
        double selfAssessment = 0.0;
        if (outcome instanceof ModelOutcome.Answered answered) {
            draft = answered.answer().text();
            cited = answered.answer().citedProductIds();
            selfAssessment = answered.answer().selfAssessedCertainty();
        } else if (outcome instanceof ModelOutcome.Invalid invalid) {
            draft = invalid.rawText() == null ? "" : invalid.rawText();
        }
        Map<String, Product> context = retrieved.stream()
                .map(RetrievedProduct::product)
                .collect(Collectors.toMap(Product::productId, Function.identity(), (a, b) -> a));
        GroundingCheck.Result groundingResult = grounding.check(draft, cited, context);
        double topScore = retrieved.isEmpty() ? 0.0 : retrieved.get(0).score();
        boolean askedTitleFound = retrieved.stream().anyMatch(r -> titles.mentioned(turn.text(), r.product()));
        ConfidenceFeatures features = FeatureExtraction.extract(
                topic,
                topScore,
                groundingResult,
                cited.size(),
                selfAssessment,
                guess.margin(),
                outcome instanceof ModelOutcome.Answered,
                askedTitleFound);
        ConfidenceScorer.Score score = confidence.score(topic, features);
        boolean modelUnavailable = outcome instanceof ModelOutcome.Unavailable;
        Routed routed = router.route(new RoutingInput(
                new SessionId(turn.sessionId()),
                topic,
                score.calibrated(),
                profile.vip(),
                profile.hasPurchaseHistory(),
                turn.language(),
                modelUnavailable,
                PaymentMentions.in(turn.text())));
        turnCounter.count(
                new RoutedTurn(topic, score.calibrated(), routed.decision(), routed.variant(), modelUnavailable));

        ServerMessage reply;
        Optional<Priority> priority = Optional.empty();
        String reason;
        if (routed instanceof Routed.AutoRespond) {
            reply = new Answer(
                    turn.messageId(), turn.clientMessageId(), draft, topic.code(), round(score.calibrated()));
            reason = "confidence at or above the auto-respond threshold ("
                    + routed.thresholds().describe() + ")";
        } else if (routed instanceof Routed.Review review) {
            reply = acknowledgements.review(turn.messageId(), turn.clientMessageId(), review.priority());
            priority = Optional.of(review.priority());
            reason = review.reason();
        } else {
            Routed.Handoff handoff = (Routed.Handoff) routed;
            reply = acknowledgements.handoff(turn.messageId());
            reason = catalogDown
                            .map(why -> "catalog unavailable (" + why + "); ")
                            .orElse("")
                    + handoff.reason();
        }
        long pipelineNanos = System.nanoTime() - begin - modelNanos;
        TurnRecord record = new TurnRecord(
                topic,
                guess.probability(),
                modelTopic,
                score.raw(),
                score.calibrated(),
                featureMap(features, groundingResult, askedTitleFound),
                routed.decision(),
                priority,
                reason,
                draft,
                cited,
                outcomeKind(outcome),
                outcome.usage(),
                pipelineNanos / 1_000_000,
                prompt.label(),
                prompt.variant(),
                routed.thresholdVersion(),
                routed.variant(),
                routed.overrideId());
        return new TurnAnswer(reply, record);
    }

    private static TopicCategory riskier(TopicCategory classified, Optional<TopicCategory> fromModel) {
        return fromModel.filter(t -> t.risk().compareTo(classified.risk()) > 0).orElse(classified);
    }

    private static Map<String, Double> featureMap(
            ConfidenceFeatures f, GroundingCheck.Result grounding, boolean askedTitleFound) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("retrieval_support", f.retrievalSupport());
        values.put("grounding", f.grounding());
        values.put("self_assessment", f.selfAssessment());
        values.put("classifier_margin", f.classifierMargin());
        values.put("topic_risk", (double) f.topicRisk().ordinal());
        values.put("valid_output", f.validOutput() ? 1.0 : 0.0);
        values.put("claims_checked", (double) grounding.claimsChecked());
        values.put("claims_matched", (double) grounding.claimsMatched());
        values.put("asked_title_found", askedTitleFound ? 1.0 : 0.0);
        return values;
    }

    private static String outcomeKind(ModelOutcome outcome) {
        if (outcome instanceof ModelOutcome.Answered) {
            return "ANSWERED";
        }
        return outcome instanceof ModelOutcome.Invalid ? "INVALID" : "UNAVAILABLE";
    }

    private static double round(double p) {
        return Math.round(p * 1000) / 1000.0;
    }
}
