package com.mangaassist.orchestrator.config;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.orchestrator.answering.adapter.out.cache.CachedPromptLibrary;
import com.mangaassist.orchestrator.answering.adapter.out.dynamodb.DynamoDbCustomerProfiles;
import com.mangaassist.orchestrator.answering.adapter.out.dynamodb.DynamoDbPromptLibrary;
import com.mangaassist.orchestrator.answering.adapter.out.redis.RedisCachedCustomerProfiles;
import com.mangaassist.orchestrator.answering.application.Acknowledgements;
import com.mangaassist.orchestrator.answering.application.AnswerCustomerTurn;
import com.mangaassist.orchestrator.answering.application.PipelineResponder;
import com.mangaassist.orchestrator.answering.domain.CatalogSearch;
import com.mangaassist.orchestrator.answering.domain.CustomerProfiles;
import com.mangaassist.orchestrator.answering.domain.FoundationModel;
import com.mangaassist.orchestrator.answering.domain.PromptLibrary;
import com.mangaassist.orchestrator.answering.domain.Prompts;
import com.mangaassist.orchestrator.answering.domain.SessionPrompts;
import com.mangaassist.orchestrator.answering.domain.TierChooser;
import com.mangaassist.orchestrator.answering.domain.TitleMentions;
import com.mangaassist.orchestrator.answering.domain.TopicDetector;
import com.mangaassist.orchestrator.answering.domain.TopicGuess;
import com.mangaassist.orchestrator.answering.domain.TurnRecords;
import com.mangaassist.orchestrator.cache.adapter.out.redis.BestEffortRedis;
import com.mangaassist.orchestrator.catalog.domain.CatalogTitleMentions;
import com.mangaassist.orchestrator.catalog.domain.TitleAliases;
import com.mangaassist.orchestrator.chat.domain.Responder;
import com.mangaassist.orchestrator.confidence.application.ConfidenceScorer;
import com.mangaassist.orchestrator.followup.application.FollowUpTurn;
import com.mangaassist.orchestrator.governed.adapter.in.redis.RedisChangeNotifications;
import com.mangaassist.orchestrator.model.domain.ModelTierPolicy;
import com.mangaassist.orchestrator.routing.domain.Router;
import com.mangaassist.orchestrator.topic.domain.TopicClassifier;
import com.mangaassist.orchestrator.topic.domain.TopicPrediction;
import com.mangaassist.orchestrator.turnstats.domain.TurnCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Joins the answering pipeline: profiles, prompts (read from DynamoDB behind a cache that Redis change
 * notifications invalidate), topic, catalog, model, confidence, routing, turn statistics, records.
 */
@Configuration(proxyBeanMethods = false)
class AnsweringConfiguration {

    @Bean
    CustomerProfiles customerProfiles(
            DynamoDbClient dynamoDb, ResourceNaming names, BestEffortRedis cache, AnsweringProperties properties) {
        return new RedisCachedCustomerProfiles(
                new DynamoDbCustomerProfiles(dynamoDb, names.table(Resources.CUSTOMER_PROFILES)),
                cache,
                properties.profileCacheTtl());
    }

    @Bean
    CachedPromptLibrary promptLibrary(
            DynamoDbClient dynamoDb,
            ResourceNaming names,
            MeterRegistry meters,
            Clock clock,
            AnsweringProperties properties) {
        return new CachedPromptLibrary(
                new DynamoDbPromptLibrary(
                        dynamoDb,
                        names.table(Resources.PROMPTS),
                        Map.of(AnswerCustomerTurn.PROMPT_ID, resource("/prompts/answering-system-v1.txt")),
                        meters),
                properties.promptCacheTtl(),
                clock);
    }

    @Bean
    Prompts prompts(PromptLibrary library, Clock clock) {
        return new SessionPrompts(library, clock);
    }

    @Bean
    RedisChangeNotifications promptChangeNotifications(CachedPromptLibrary library, AnsweringProperties properties) {
        return new RedisChangeNotifications(
                properties.promptInvalidationChannel(), library::invalidate, library::invalidateAll);
    }

    @Bean
    TopicDetector topicDetector(TopicClassifier classifier) {
        return (text, language) -> {
            TopicPrediction prediction = classifier.classify(text, language);
            return new TopicGuess(prediction.topic(), prediction.probability(), prediction.margin());
        };
    }

    @Bean
    TitleMentions titleMentions(TitleAliases aliases) {
        return new CatalogTitleMentions(aliases);
    }

    @Bean
    TierChooser tierChooser(ModelTierPolicy policy) {
        return (topic, text) ->
                policy.tierFor(text, com.mangaassist.orchestrator.chat.domain.Language.detect(text), topic);
    }

    @Bean
    AnswerCustomerTurn answerCustomerTurn(
            CustomerProfiles profiles,
            TopicDetector topics,
            CatalogSearch catalog,
            TitleMentions titleMentions,
            TierChooser tiers,
            Prompts prompts,
            FoundationModel model,
            ConfidenceScorer confidence,
            Router router,
            TurnCounter turnCounter,
            AnsweringProperties properties,
            TurnIo turnIo) {
        return new AnswerCustomerTurn(
                profiles,
                topics,
                catalog,
                titleMentions,
                tiers,
                prompts,
                model,
                confidence,
                router,
                turnCounter,
                new Acknowledgements(properties.reviewSla()),
                new AnswerCustomerTurn.AnsweringPolicy(properties.retrievalLimit(), properties.maxTokens()),
                turnIo.executor());
    }

    @Bean
    Responder responder(AnswerCustomerTurn pipeline, TurnRecords records, FollowUpTurn followUp, Clock clock) {
        return new PipelineResponder(pipeline, records, followUp, clock);
    }

    private static String resource(String path) {
        try (InputStream in = AnsweringConfiguration.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
