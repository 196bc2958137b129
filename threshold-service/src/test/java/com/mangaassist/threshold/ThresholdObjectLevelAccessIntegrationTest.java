package com.mangaassist.threshold;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.testing.LocalApi;
import com.mangaassist.common.testing.LocalStackSpringTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Object-level access in change control (issue 14, OWASP API1): a category owner approves or rejects only a
 * change whose every category they own (application.yml {@code category-owners}); prompts need an ML lead; nobody
 * decides their own proposal. Each refusal comes after the proposal, and checks the status, the code and that
 * the request and the category's thresholds are unchanged.
 */
@TestPropertySource(
        properties = {"mangaassist.threshold.jobs.enabled=false", "mangaassist.test.context=object-level-access"})
class ThresholdObjectLevelAccessIntegrationTest extends LocalStackSpringTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void anOwnerOfOneCategoryCannotDecideAChangeThatAlsoTouchesAnotherOwnersCategory() {
        String thresholdsBefore = call("GET", "/api/thresholds/rare_manga", null, "eng-1", "reviewer")
                .body();
        String id = propose(
                "{\"kind\":\"THRESHOLDS\",\"changes\":{\"general\":{\"autoRespondMin\":0.91},"
                        + "\"rare_manga\":{\"autoRespondMin\":0.93}},\"reason\":\"both\"}",
                "eng-1");

        for (String owner : new String[] {"owner-catalog", "owner-rare"}) {
            for (String decision : new String[] {"approve", "reject"}) {
                HttpResponse<String> refused =
                        call("POST", "/api/change-requests/" + id + "/" + decision, "{}", owner, "category-owner");
                assertThat(refused.statusCode()).as(owner + " " + decision).isEqualTo(403);
                assertThat(refused.body()).contains("\"code\":\"NOT_CATEGORY_OWNER\"");
            }
        }

        JsonNode request = request(id);
        assertThat(request.get("state").asString()).isEqualTo("PROPOSED");
        assertThat(request.path("approvedBy").isMissingNode()
                        || request.path("approvedBy").isNull())
                .as("nobody approved it")
                .isTrue();
        assertThat(call("GET", "/api/thresholds/rare_manga", null, "eng-1", "reviewer")
                        .body())
                .as("no canary, no new version")
                .isEqualTo(thresholdsBefore);
        // an ML lead may: the refusals were about who asked
        assertThat(call("POST", "/api/change-requests/" + id + "/reject", "{}", "ml-1", "ml-lead")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void anOwnerCannotDecideAnotherOwnersCategoryNorTheirOwnProposal() {
        String id = propose(
                "{\"kind\":\"THRESHOLDS\",\"changes\":{\"refund\":{\"handoffBelow\":0.25}},\"reason\":\"cs\"}",
                "owner-cs");

        HttpResponse<String> stranger =
                call("POST", "/api/change-requests/" + id + "/approve", "{}", "owner-catalog", "category-owner");
        HttpResponse<String> self =
                call("POST", "/api/change-requests/" + id + "/approve", "{}", "owner-cs", "category-owner");

        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(stranger.body()).contains("\"code\":\"NOT_CATEGORY_OWNER\"");
        assertThat(self.statusCode()).isEqualTo(403);
        assertThat(self.body()).contains("\"code\":\"PROPOSER_CANNOT_APPROVE\"");
        assertThat(request(id).get("state").asString()).isEqualTo("PROPOSED");
    }

    @Test
    void aCategoryOwnerCannotApproveAPromptChange() {
        String id = propose(
                "{\"kind\":\"PROMPT\",\"changes\":{\"promptId\":\"answering-system\",\"text\":\"Be brief.\"},"
                        + "\"reason\":\"shorter\"}",
                "ml-1");

        HttpResponse<String> owner =
                call("POST", "/api/change-requests/" + id + "/approve", "{}", "owner-catalog", "category-owner");

        assertThat(owner.statusCode()).isEqualTo(403);
        assertThat(owner.body()).contains("\"code\":\"ML_LEAD_REQUIRED\"");
        JsonNode request = request(id);
        assertThat(request.get("state").asString()).isEqualTo("PROPOSED");
        assertThat(request.path("approvedBy").isMissingNode()
                        || request.path("approvedBy").isNull())
                .as("nobody approved it")
                .isTrue();
    }

    private String propose(String body, String proposer) {
        String role =
                proposer.startsWith("owner-") ? "category-owner" : proposer.startsWith("ml-") ? "ml-lead" : "reviewer";
        HttpResponse<String> proposed = call("POST", "/api/change-requests", body, proposer, role);
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        return json.readTree(proposed.body()).get("changeRequestId").asString();
    }

    private JsonNode request(String id) {
        HttpResponse<String> response = call("GET", "/api/change-requests/" + id, null, "eng-1", "reviewer");
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> call(String method, String path, String body, String user, String... roles) {
        return new LocalApi(port).call(method, path, body, user, roles);
    }
}
