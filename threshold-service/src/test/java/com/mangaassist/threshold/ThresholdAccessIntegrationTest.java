package com.mangaassist.threshold;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.testing.LocalApi;
import com.mangaassist.common.testing.LocalStackSpringTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Who may call what, endpoint by endpoint: customers nothing; staff read, simulate and propose; only ML
 * leads and category owners reach a decision; only on-call runs runbooks and reads pages. A refused role
 * gets 403 before any work is done (the bodies here would otherwise be valid).
 */
@TestPropertySource(properties = "mangaassist.threshold.jobs.enabled=false")
class ThresholdAccessIntegrationTest extends LocalStackSpringTest {

    private static final String PROPOSAL =
            "{\"kind\":\"THRESHOLDS\",\"changes\":{\"general\":{\"autoRespondMin\":0.85}},\"reason\":\"r\"}";
    private static final String RUNBOOK = "{\"reason\":\"r\",\"autoRespondMin\":0.7}";

    private record Call(String method, String path, String body) {}

    private static final List<Call> READS = List.of(
            new Call("GET", "/api/thresholds", null),
            new Call("GET", "/api/thresholds/general", null),
            new Call("GET", "/api/thresholds/general/versions", null),
            new Call("GET", "/api/change-requests", null),
            new Call("GET", "/api/audit", null),
            new Call("GET", "/api/routing/stats", null));

    private static final List<Call> PROPOSALS = List.of(
            new Call("POST", "/api/change-requests", PROPOSAL),
            new Call("POST", "/api/simulations/thresholds", "{\"changes\":{\"general\":{\"autoRespondMin\":0.85}}}"));

    private static final List<Call> DECISIONS = List.of(
            new Call("POST", "/api/change-requests/cr-unknown/approve", "{}"),
            new Call("POST", "/api/change-requests/cr-unknown/reject", "{}"));

    private static final List<Call> ONCALL_ONLY = List.of(
            new Call("POST", "/api/runbook/thresholds/emergency-relaxation", RUNBOOK),
            new Call("POST", "/api/runbook/thresholds/emergency-relaxation/lift", "{\"reason\":\"r\"}"),
            new Call("POST", "/api/runbook/thresholds/revert", "{\"reason\":\"r\"}"),
            new Call("POST", "/api/runbook/prompts/rollback", "{\"reason\":\"r\"}"),
            new Call("GET", "/api/oncall/pages", null));

    @LocalServerPort
    int port;

    @Test
    void customersReachNothing() {
        for (List<Call> group : List.of(READS, PROPOSALS, DECISIONS, ONCALL_ONLY)) {
            for (Call call : group) {
                assertThat(status(call, "cust-1", "customer"))
                        .as(call.toString())
                        .isEqualTo(403);
            }
        }
    }

    @Test
    void withoutATokenNothingIsOpen() {
        for (Call call : READS) {
            assertThat(status(call, null)).as(call.toString()).isEqualTo(401);
        }
    }

    @Test
    void everyStaffRoleReadsSimulatesAndProposes() {
        for (String role : List.of("reviewer", "senior-reviewer", "ml-lead", "category-owner", "oncall")) {
            for (Call call : READS) {
                assertThat(status(call, "staff-" + role, role))
                        .as(role + " " + call)
                        .isEqualTo(200);
            }
            for (Call call : PROPOSALS) {
                assertThat(status(call, "staff-" + role, role))
                        .as(role + " " + call)
                        .isIn(200, 201);
            }
        }
    }

    @Test
    void onlyMlLeadsAndCategoryOwnersReachADecision() {
        for (String role : List.of("reviewer", "senior-reviewer", "oncall")) {
            for (Call call : DECISIONS) {
                assertThat(status(call, "staff-" + role, role))
                        .as(role + " " + call)
                        .isEqualTo(403);
            }
        }
        for (String role : List.of("ml-lead", "category-owner")) {
            for (Call call : DECISIONS) {
                assertThat(status(call, "staff-" + role, role))
                        .as(role + " " + call)
                        .isEqualTo(404);
            }
        }
    }

    @Test
    void onlyOnCallRunsRunbooks() {
        for (String role : List.of("reviewer", "senior-reviewer", "ml-lead", "category-owner")) {
            for (Call call : ONCALL_ONLY) {
                assertThat(status(call, "staff-" + role, role))
                        .as(role + " " + call)
                        .isEqualTo(403);
            }
        }
        for (Call call : ONCALL_ONLY) {
            assertThat(status(call, "oc-1", "oncall")).as(call.toString()).isEqualTo(200);
        }
    }

    private int status(Call call, String user, String... roles) {
        return new LocalApi(port)
                .call(call.method(), call.path(), call.body(), user, roles)
                .statusCode();
    }
}
