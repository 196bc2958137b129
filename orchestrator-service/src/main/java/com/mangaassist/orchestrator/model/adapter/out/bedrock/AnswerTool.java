package com.mangaassist.orchestrator.model.adapter.out.bedrock;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.answering.domain.ModelAnswer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.bedrockruntime.model.Tool;
import software.amazon.awssdk.services.bedrockruntime.model.ToolChoice;
import software.amazon.awssdk.services.bedrockruntime.model.ToolConfiguration;
import software.amazon.awssdk.services.bedrockruntime.model.ToolInputSchema;
import software.amazon.awssdk.services.bedrockruntime.model.ToolSpecification;

/**
 * The {@code answer} tool the model is forced to call: its JSON schema, and the validation of what the
 * model put in it. Validation does not trust the schema: Bedrock does not enforce it.
 */
final class AnswerTool {

    static final String NAME = "answer";

    private static final String ANSWER = "answer";
    private static final String CITED = "citedProductIds";
    private static final String CERTAINTY = "certainty";
    private static final String TOPIC = "topic";

    private final int maxAnswerCodePoints;

    AnswerTool(int maxAnswerCodePoints) {
        this.maxAnswerCodePoints = maxAnswerCodePoints;
    }

    /** The tool configuration for a turn grounded on {@code contextIds}, with the tool choice forced. */
    ToolConfiguration configuration(List<String> contextIds) {
        ToolSpecification spec = ToolSpecification.builder()
                .name(NAME)
                .description("Give the answer to the customer, the catalog product ids it relies on, your"
                        + " certainty that it is correct and fully supported by those products, and the topic.")
                .inputSchema(ToolInputSchema.fromJson(schema(contextIds)))
                .build();
        return ToolConfiguration.builder()
                .tools(Tool.fromToolSpec(spec))
                .toolChoice(ToolChoice.fromTool(choice -> choice.name(NAME)))
                .build();
    }

    private Document schema(List<String> contextIds) {
        Map<String, Document> cited = new LinkedHashMap<>();
        cited.put("type", Document.fromString("array"));
        cited.put("description", Document.fromString("ids of the catalog products the answer relies on"));
        Map<String, Document> citedItem = new LinkedHashMap<>();
        citedItem.put("type", Document.fromString("string"));
        if (contextIds.isEmpty()) {
            cited.put("maxItems", Document.fromNumber(0));
        } else {
            citedItem.put("enum", strings(contextIds));
        }
        cited.put("items", Document.fromMap(citedItem));

        Map<String, Document> properties = new LinkedHashMap<>();
        properties.put(
                ANSWER,
                object(
                        "type", Document.fromString("string"),
                        "minLength", Document.fromNumber(1),
                        "maxLength", Document.fromNumber(maxAnswerCodePoints),
                        "description", Document.fromString("the reply to the customer, in the customer's language")));
        properties.put(CITED, Document.fromMap(cited));
        properties.put(
                CERTAINTY,
                object(
                        "type", Document.fromString("number"),
                        "minimum", Document.fromNumber(0),
                        "maximum", Document.fromNumber(1)));
        properties.put(
                TOPIC,
                object(
                        "type",
                        Document.fromString("string"),
                        "enum",
                        strings(Arrays.stream(TopicCategory.values())
                                .map(TopicCategory::code)
                                .toList())));

        Map<String, Document> schema = new LinkedHashMap<>();
        schema.put("type", Document.fromString("object"));
        schema.put("properties", Document.fromMap(properties));
        schema.put("required", strings(List.of(ANSWER, CITED, CERTAINTY, TOPIC)));
        schema.put("additionalProperties", Document.fromBoolean(false));
        return Document.fromMap(schema);
    }

    /** A JSON object with its keys in the given order, so the request body is the same on every call. */
    private static Document object(Object... keysAndValues) {
        Map<String, Document> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], (Document) keysAndValues[i + 1]);
        }
        return Document.fromMap(fields);
    }

    private static Document strings(List<String> values) {
        return Document.fromList(values.stream().map(Document::fromString).toList());
    }

    /** What the tool input turned out to be. */
    sealed interface Parsed {

        record Valid(ModelAnswer answer) implements Parsed {}

        record Rejected(String reason) implements Parsed {}
    }

    /** Checks the tool input: fields, types, ranges, topic code, cited ids within the context, answer length. */
    Parsed parse(Document input, Set<String> contextIds) {
        if (input == null || !input.isMap()) {
            return rejected("tool input is not an object");
        }
        Map<String, Document> fields = input.asMap();

        Document answer = fields.get(ANSWER);
        if (answer == null || !answer.isString()) {
            return rejected(ANSWER + " is missing or not a string");
        }
        String text = answer.asString().strip();
        if (text.isEmpty()) {
            return rejected(ANSWER + " is empty");
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxAnswerCodePoints) {
            return rejected(ANSWER + " has " + length + " code points, more than " + maxAnswerCodePoints);
        }

        Document cited = fields.get(CITED);
        if (cited == null || !cited.isList()) {
            return rejected(CITED + " is missing or not an array");
        }
        Set<String> citedIds = new LinkedHashSet<>();
        for (Document id : cited.asList()) {
            if (!id.isString()) {
                return rejected(CITED + " contains a non-string");
            }
            if (!contextIds.contains(id.asString())) {
                return rejected(CITED + " contains " + id.asString() + ", which is not among the products given");
            }
            citedIds.add(id.asString());
        }

        Document certainty = fields.get(CERTAINTY);
        if (certainty == null || !certainty.isNumber()) {
            return rejected(CERTAINTY + " is missing or not a number");
        }
        double value = certainty.asNumber().doubleValue();
        if (!(value >= 0.0 && value <= 1.0)) {
            return rejected(CERTAINTY + " " + value + " is outside [0, 1]");
        }

        Document topic = fields.get(TOPIC);
        if (topic == null || !topic.isString()) {
            return rejected(TOPIC + " is missing or not a string");
        }
        Optional<TopicCategory> category = TopicCategory.fromCode(topic.asString());
        if (category.isEmpty()) {
            return rejected(TOPIC + " " + topic.asString() + " is not a known topic");
        }
        return new Parsed.Valid(new ModelAnswer(text, new ArrayList<>(citedIds), value, category));
    }

    private static Parsed rejected(String reason) {
        return new Parsed.Rejected(reason);
    }
}
