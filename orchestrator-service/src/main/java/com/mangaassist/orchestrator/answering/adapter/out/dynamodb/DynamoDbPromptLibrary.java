package com.mangaassist.orchestrator.answering.adapter.out.dynamodb;

import static com.mangaassist.model.routing.PromptAttributes.ACTIVE;
import static com.mangaassist.model.routing.PromptAttributes.CANARY;
import static com.mangaassist.model.routing.PromptAttributes.CHANGE_REQUEST_ID;
import static com.mangaassist.model.routing.PromptAttributes.PERCENT;
import static com.mangaassist.model.routing.PromptAttributes.PROMPT_ID;
import static com.mangaassist.model.routing.PromptAttributes.RETIRED;
import static com.mangaassist.model.routing.PromptAttributes.STATUS;
import static com.mangaassist.model.routing.PromptAttributes.TEXT;
import static com.mangaassist.model.routing.PromptAttributes.UNTIL;
import static com.mangaassist.model.routing.PromptAttributes.VERSION;

import com.mangaassist.orchestrator.answering.domain.Prompt;
import com.mangaassist.orchestrator.answering.domain.PromptCanary;
import com.mangaassist.orchestrator.answering.domain.PromptLibrary;
import com.mangaassist.orchestrator.answering.domain.PromptVersions;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * System prompts from the {@code prompts} table (partition {@code prompt_id}, sort {@code version}; layout
 * {@code PromptAttributes}), read with one strongly consistent query per prompt and never written: the
 * threshold service owns the table. The active version is the highest {@code ACTIVE} one (a rollback
 * retires the top one, so the one below serves again); {@code CANARY} versions are returned for the domain
 * to serve to their cohorts while they run; {@code RETIRED} ones are ignored. With no {@code ACTIVE}
 * version stored, the built-in text given for the prompt is the active version 0 (nothing is written).
 *
 * <p>A version that fails validation (missing or mistyped attribute, unknown status, a canary's percent
 * outside [0, 100] or bad {@code until}) is never served: it is logged at ERROR, counted in
 * {@value #CORRUPT_METRIC} tagged {@code prompt}, and the other versions are used as if it were absent.
 */
public final class DynamoDbPromptLibrary implements PromptLibrary {

    /** Counter of stored prompt versions that could not be used, tagged {@code prompt}. */
    public static final String CORRUPT_METRIC = "mangaassist.answering.prompts.corrupt";

    private static final Logger log = LoggerFactory.getLogger(DynamoDbPromptLibrary.class);

    private final DynamoDbClient dynamoDb;
    private final String table;
    private final Map<String, String> builtIn;
    private final MeterRegistry meters;

    /**
     * @param builtIn the service's own text per prompt id, served as version 0 while nothing is stored
     */
    public DynamoDbPromptLibrary(
            DynamoDbClient dynamoDb, String table, Map<String, String> builtIn, MeterRegistry meters) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.table = Objects.requireNonNull(table, "table");
        this.builtIn = Map.copyOf(builtIn);
        this.meters = Objects.requireNonNull(meters, "meters");
    }

    @Override
    public PromptVersions versions(String promptId) {
        Optional<Prompt> active = Optional.empty();
        List<PromptCanary> canaries = new ArrayList<>();
        var items = dynamoDb.queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("#id = :id")
                        .expressionAttributeNames(Map.of("#id", PROMPT_ID))
                        .expressionAttributeValues(Map.of(":id", AttributeValue.fromS(promptId)))
                        .consistentRead(true))
                .items();
        for (Map<String, AttributeValue> item : items) {
            try {
                String status = string(item, STATUS);
                if (ACTIVE.equals(status)) {
                    Prompt version = new Prompt(promptId, version(item), string(item, TEXT));
                    if (active.isEmpty() || active.get().version() < version.version()) {
                        active = Optional.of(version);
                    }
                } else if (CANARY.equals(status)) {
                    canaries.add(new PromptCanary(
                            version(item),
                            string(item, TEXT),
                            Double.parseDouble(number(item, PERCENT)),
                            Instant.parse(string(item, UNTIL)),
                            string(item, CHANGE_REQUEST_ID)));
                } else if (!RETIRED.equals(status)) {
                    throw new IllegalArgumentException("unknown status '" + status + "'");
                }
            } catch (IllegalArgumentException | DateTimeParseException corrupt) {
                // NumberFormatException is an IllegalArgumentException, as are the value objects' refusals
                meters.counter(CORRUPT_METRIC, "prompt", promptId).increment();
                log.error(
                        "Unusable version of prompt {} in table {} ({}), item {}; the version is ignored",
                        promptId,
                        table,
                        corrupt.getMessage(),
                        item);
            }
        }
        return new PromptVersions(active.orElseGet(() -> builtIn(promptId)), canaries);
    }

    private Prompt builtIn(String promptId) {
        String text = builtIn.get(promptId);
        if (text == null) {
            throw new IllegalStateException("no version of prompt '" + promptId + "' is stored and none is built in");
        }
        return new Prompt(promptId, 0, text);
    }

    private static int version(Map<String, AttributeValue> item) {
        return Integer.parseInt(number(item, VERSION));
    }

    private static String number(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || value.n() == null) {
            throw new IllegalArgumentException("attribute " + name + " is missing or not a number");
        }
        return value.n();
    }

    private static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        if (value == null || value.s() == null) {
            throw new IllegalArgumentException("attribute " + name + " is missing or not a string");
        }
        return value.s();
    }
}
