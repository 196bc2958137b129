package com.mangaassist.threshold.changerequest;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.aws.ResourceNaming;
import com.mangaassist.common.testing.LocalApi;
import com.mangaassist.common.testing.LocalStackSpringTest;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.resources.SortableTime;
import com.mangaassist.model.routing.PromptAttributes;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A prompt proposal written by the feedback service's improvement job (its flat item format) decided here:
 * read, approved by an ML lead (not by a category owner), served as a CANARY version, judged on the
 * included feedback of its turns, and rolled back by the on-call runbook.
 */
@TestPropertySource(properties = "mangaassist.threshold.jobs.enabled=false")
class PromptChangeIntegrationTest extends LocalStackSpringTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    DynamoDbClient dynamoDb;

    @Autowired
    ResourceNaming names;

    @Test
    void aFeedbackProposalIsDecidedServedAsACanaryJudgedOnFeedbackAndRolledBack() throws Exception {
        String id = "cr-feedback-" + UUID.randomUUID();
        Instant now = Instant.now();
        Map<String, AttributeValue> proposal = new HashMap<>();
        proposal.put("change_request_id", AttributeValue.fromS(id));
        proposal.put("kind", AttributeValue.fromS("PROMPT"));
        proposal.put("state", AttributeValue.fromS("PROPOSED"));
        proposal.put("created_at", AttributeValue.fromS(SortableTime.format(now)));
        proposal.put("proposed_by", AttributeValue.fromS("feedback-service"));
        proposal.put("prompt_id", AttributeValue.fromS("answering-system"));
        proposal.put("base_version", AttributeValue.fromN("0"));
        proposal.put("text", AttributeValue.fromS("You are MangaAssist. Cite the catalog for every price."));
        proposal.put("diff", AttributeValue.fromS("+ Cite the catalog for every price."));
        proposal.put("evidence", AttributeValue.fromS("[{\"topic\":\"availability\"}]"));
        proposal.put(
                "feedback_ids",
                AttributeValue.fromL(List.of(AttributeValue.fromS("fb-1"), AttributeValue.fromS("fb-2"))));
        dynamoDb.putItem(
                b -> b.tableName(names.table(Resources.CHANGE_REQUESTS)).item(proposal));

        JsonNode read = json.readTree(call("GET", "/api/change-requests/" + id, null, "rev-1", "reviewer")
                .body());
        assertThat(read.get("kind").asString()).isEqualTo("PROMPT");
        assertThat(read.get("proposedBy").asString()).isEqualTo("feedback-service");
        assertThat(read.get("reason").asString()).contains("2 signals");
        assertThat(read.get("prompt").get("diff").asString()).contains("Cite");

        String approve = "/api/change-requests/" + id + "/approve";
        HttpResponse<String> owner = call("POST", approve, "{}", "owner-catalog", "category-owner");
        assertThat(owner.statusCode()).isEqualTo(403);
        assertThat(owner.body()).contains("ML_LEAD_REQUIRED");
        HttpResponse<String> approved = call("POST", approve, "{\"note\":\"try it\"}", "lead-1", "ml-lead");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(json.readTree(approved.body()).get("state").asString()).isEqualTo("CANARY");
        Map<String, AttributeValue> stored = dynamoDb.getItem(b -> b.tableName(names.table(Resources.CHANGE_REQUESTS))
                        .key(Map.of("change_request_id", AttributeValue.fromS(id)))
                        .consistentRead(true))
                .item();
        assertThat(stored.get("evidence").s())
                .as("the feedback service's evidence is kept")
                .contains("availability");
        assertThat(stored.get("feedback_ids").l()).hasSize(2);

        JsonNode versions = json.readTree(call("GET", "/api/prompts/answering-system", null, "rev-1", "reviewer")
                .body());
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).get("status").asString()).isEqualTo(PromptAttributes.CANARY);
        assertThat(versions.get(0).get("label").asString()).isEqualTo("answering-system@v1");

        Instant during = Instant.now();
        for (int i = 0; i < 6; i++) {
            putFeedback("answering-system@v1", i < 5 ? "UP" : "DOWN", during);
            putFeedback("answering-system@v0", i < 3 ? "UP" : "DOWN", during);
        }
        putFeedback("answering-system@v1", "DOWN", during, false);
        JsonNode evaluation =
                json.readTree(call("GET", "/api/change-requests/" + id + "/evaluation", null, "lead-1", "ml-lead")
                        .body());
        JsonNode score = evaluation.get("comparisons").get(0);
        assertThat(score.get("measure").asString()).isEqualTo("feedback-score");
        assertThat(score.get("canarySamples").asLong())
                .as("the excluded signal does not count")
                .isEqualTo(6);
        assertThat(score.get("canary").asDouble()).isEqualTo(5.0 / 6);
        assertThat(score.get("control").asDouble()).isEqualTo(0.5);
        assertThat(evaluation.get("verdict").asString())
                .as("6 signals are not yet evidence")
                .isEqualTo("REVERT");

        JsonNode rollback = json.readTree(call(
                        "POST",
                        "/api/runbook/prompts/rollback",
                        "{\"reason\":\"bad canary\",\"dryRun\":false}",
                        "oc-1",
                        "oncall")
                .body());
        assertThat(rollback.get("changed").asInt()).isEqualTo(1);
        assertThat(rollback.get("summary").asString()).contains("built-in text");
        JsonNode after = json.readTree(call("GET", "/api/prompts/answering-system", null, "rev-1", "reviewer")
                .body());
        assertThat(after.get(0).get("status").asString()).isEqualTo(PromptAttributes.RETIRED);
    }

    private void putFeedback(String promptVersion, String signal, Instant at) {
        putFeedback(promptVersion, signal, at, true);
    }

    private void putFeedback(String promptVersion, String signal, Instant at, boolean usable) {
        dynamoDb.putItem(b -> b.tableName(names.table(Resources.FEEDBACK))
                .item(Map.of(
                        "feedback_id", AttributeValue.fromS("fb-" + UUID.randomUUID()),
                        "kind", AttributeValue.fromS("BINARY"),
                        "signal", AttributeValue.fromS(signal),
                        "prompt_version", AttributeValue.fromS(promptVersion),
                        "created_at", AttributeValue.fromS(SortableTime.format(at)),
                        "day",
                                AttributeValue.fromS(
                                        at.atZone(ZoneOffset.UTC).toLocalDate().toString()),
                        "usable", AttributeValue.fromBool(usable),
                        "session_id", AttributeValue.fromS("s-1"),
                        "message_id", AttributeValue.fromS("m-" + UUID.randomUUID()),
                        "user_id", AttributeValue.fromS("u-1"))));
    }

    private HttpResponse<String> call(String method, String path, String body, String user, String... roles) {
        return new LocalApi(port).call(method, path, body, user, roles);
    }
}
