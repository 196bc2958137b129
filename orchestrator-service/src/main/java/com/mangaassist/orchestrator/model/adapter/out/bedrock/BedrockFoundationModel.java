package com.mangaassist.orchestrator.model.adapter.out.bedrock;

import com.mangaassist.orchestrator.answering.domain.FoundationModel;
import com.mangaassist.orchestrator.answering.domain.ModelOutcome;
import com.mangaassist.orchestrator.answering.domain.ModelRequest;
import com.mangaassist.orchestrator.answering.domain.ModelTier;
import com.mangaassist.orchestrator.answering.domain.ModelUsage;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.bedrockruntime.BedrockRuntimeClient;
import software.amazon.awssdk.services.bedrockruntime.model.ContentBlock;
import software.amazon.awssdk.services.bedrockruntime.model.ConverseResponse;
import software.amazon.awssdk.services.bedrockruntime.model.StopReason;
import software.amazon.awssdk.services.bedrockruntime.model.TokenUsage;
import software.amazon.awssdk.services.bedrockruntime.model.ToolUseBlock;

/**
 * {@link FoundationModel} on Amazon Bedrock's Converse API. The model must call the {@code answer}
 * tool; its input is validated and anything off-schema is {@link ModelOutcome.Invalid}. A
 * {@link ModelTier#STRONG} turn asks the strong model first and falls back to the fast one when the
 * strong one is throttled, times out, fails with 5xx or I/O, or has its breaker open; a
 * {@link ModelTier#FAST} turn asks only the fast one. When no model replies the outcome is
 * {@link ModelOutcome.Unavailable}. Usage carries the serving model, its tokens, the cost at the
 * configured prices and the latency of the whole turn, read from the injected clock.
 *
 * <p>Closing it stops the threads that run the calls; the client belongs to whoever built it.
 */
public final class BedrockFoundationModel implements FoundationModel, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BedrockFoundationModel.class);

    /** How long after the time limiter the SDK itself abandons a call, freeing its thread. */
    private static final Duration SDK_BACKSTOP = Duration.ofMillis(250);

    private final Clock clock;
    private final ThreadPoolExecutor calls;
    private final ModelRoute fast;
    private final ModelRoute strong;
    private final AnswerTool tool;
    private final ConversePrompt prompt;

    public BedrockFoundationModel(
            BedrockRuntimeClient client, BedrockSettings settings, Clock clock, MeterRegistry meters) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.calls = new ThreadPoolExecutor(
                settings.maxConcurrentCalls(),
                settings.maxConcurrentCalls(),
                60,
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                new CallThreads());
        this.calls.allowCoreThreadTimeOut(true);
        Objects.requireNonNull(meters, "meters");
        this.fast = new ModelRoute("fast", settings.fast(), settings, client, calls, clock, meters);
        this.strong = new ModelRoute("strong", settings.strong(), settings, client, calls, clock, meters);
        this.tool = new AnswerTool(settings.maxAnswerCodePoints());
        this.prompt = new ConversePrompt(
                tool, settings.temperature(), settings.timeout().plus(SDK_BACKSTOP));
    }

    /** Each route's breaker state, {@code fast} then {@code strong}. */
    public java.util.Map<String, String> breakerStates() {
        java.util.Map<String, String> states = new java.util.LinkedHashMap<>();
        states.put("fast", fast.breakerState());
        states.put("strong", strong.breakerState());
        return states;
    }

    @Override
    public ModelOutcome answer(ModelRequest request) {
        long started = clock.millis();
        List<ModelRoute> chain = request.tier() == ModelTier.STRONG ? List.of(strong, fast) : List.of(fast);
        List<String> failures = new ArrayList<>();
        String lastModelId = chain.get(0).model().modelId();
        for (int i = 0; i < chain.size(); i++) {
            ModelRoute route = chain.get(i);
            lastModelId = route.model().modelId();
            ModelRoute.Attempt attempt = route.call(prompt.converse(lastModelId, request));
            if (attempt instanceof ModelRoute.Attempt.Replied replied) {
                return outcome(route.model(), replied.response(), request, started);
            }
            ModelRoute.Attempt.Failed failed = (ModelRoute.Attempt.Failed) attempt;
            failures.add(failed.reason());
            if (!failed.fallbackAllowed()) {
                break;
            }
            if (i + 1 < chain.size()) {
                log.warn(
                        "{}; falling back to {}",
                        failed.reason(),
                        chain.get(i + 1).model().modelId());
            }
        }
        String reason = String.join("; ", failures);
        log.warn("No foundation model answered: {}", reason);
        return new ModelOutcome.Unavailable(reason, new ModelUsage(lastModelId, 0, 0, 0.0, clock.millis() - started));
    }

    private ModelOutcome outcome(
            BedrockSettings.Model model, ConverseResponse response, ModelRequest request, long started) {
        TokenUsage tokens = response.usage();
        int in = tokens == null || tokens.inputTokens() == null ? 0 : tokens.inputTokens();
        int out = tokens == null || tokens.outputTokens() == null ? 0 : tokens.outputTokens();
        ModelUsage usage = new ModelUsage(model.modelId(), in, out, model.costUsd(in, out), clock.millis() - started);

        List<ContentBlock> content =
                response.output() == null || response.output().message() == null
                        ? List.of()
                        : response.output().message().content();
        if (response.stopReason() == StopReason.MAX_TOKENS) {
            return invalid("output stopped at maxTokens " + request.maxTokens(), rawText(content), usage);
        }
        Optional<ToolUseBlock> answerCall = content.stream()
                .map(ContentBlock::toolUse)
                .filter(Objects::nonNull)
                .filter(toolUse -> AnswerTool.NAME.equals(toolUse.name()))
                .findFirst();
        if (answerCall.isEmpty()) {
            return invalid(
                    "the model did not call the answer tool (stop reason " + response.stopReasonAsString() + ")",
                    rawText(content),
                    usage);
        }
        Set<String> contextIds = request.context().stream()
                .map(retrieved -> retrieved.product().productId())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        AnswerTool.Parsed parsed = tool.parse(answerCall.get().input(), contextIds);
        if (parsed instanceof AnswerTool.Parsed.Valid valid) {
            return new ModelOutcome.Answered(valid.answer(), usage);
        }
        String raw =
                answerCall.get().input() == null ? "" : answerCall.get().input().toString();
        return invalid(((AnswerTool.Parsed.Rejected) parsed).reason(), raw, usage);
    }

    private static ModelOutcome invalid(String reason, String raw, ModelUsage usage) {
        log.warn("Invalid output from {}: {}", usage.modelId(), reason);
        return new ModelOutcome.Invalid(reason, raw, usage);
    }

    private static String rawText(List<ContentBlock> content) {
        return content.stream()
                .map(block -> block.text() != null ? block.text() : String.valueOf(block.toolUse()))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }

    private static final class CallThreads implements ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "bedrock-call-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
