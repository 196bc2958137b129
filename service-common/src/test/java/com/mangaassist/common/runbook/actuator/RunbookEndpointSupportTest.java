package com.mangaassist.common.runbook.actuator;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.common.runbook.IdempotencyKeyReusedException;
import com.mangaassist.common.runbook.Runbook;
import com.mangaassist.common.runbook.RunbookCatalog;
import com.mangaassist.common.runbook.RunbookCommand;
import com.mangaassist.common.runbook.RunbookParameter;
import com.mangaassist.common.runbook.RunbookRefusedException;
import com.mangaassist.model.security.Role;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

class RunbookEndpointSupportTest {

    private final List<RunbookCommand> calls = new ArrayList<>();

    private final RunbookCatalog<String> catalog = new RunbookCatalog<>(
            "svc",
            List.of(
                    new RunbookCatalog.Entry<>(
                            new Runbook(
                                    "drain",
                                    "/api/runbook/drain",
                                    "closes things",
                                    List.of(RunbookParameter.optional(
                                            "olderThanSeconds", RunbookParameter.Type.WHOLE_NUMBER, "0-10", "5")),
                                    "only old things",
                                    List.of(Role.ONCALL)),
                            (command, args) -> {
                                calls.add(command);
                                return "drained older than "
                                        + args.wholeNumber("olderThanSeconds").orElse(5L);
                            }),
                    new RunbookCatalog.Entry<>(
                            new Runbook(
                                    "unfreeze",
                                    "/api/runbook/unfreeze",
                                    "unfreezes",
                                    List.of(),
                                    "ml lead",
                                    List.of(Role.ML_LEAD)),
                            (command, args) -> {
                                throw new IdempotencyKeyReusedException("drain");
                            }),
                    new RunbookCatalog.Entry<>(
                            new Runbook(
                                    "backfill",
                                    "/api/runbook/backfill",
                                    "re-enriches",
                                    List.of(),
                                    "window",
                                    List.of(Role.ONCALL)),
                            (command, args) -> {
                                if (args.text("jobId").isPresent()) {
                                    throw new RunbookRefusedException(
                                            RunbookRefusedException.Kind.CONFLICT, "WINDOW_MISMATCH", "other window");
                                }
                                throw new IllegalArgumentException("from is required");
                            })));

    private final RunbookEndpointSupport<String> support = new RunbookEndpointSupport<>(catalog);

    private static SecurityContext caller(String name, Role... roles) {
        Set<String> held =
                Set.of(java.util.Arrays.stream(roles).map(Role::roleName).toArray(String[]::new));
        Principal principal = () -> name;
        return new SecurityContext() {
            @Override
            public Principal getPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return held.contains(role);
            }
        };
    }

    @Test
    void listingShowsEveryRunbookWithItsParametersGuardAndClaimRoles() {
        RunbookEndpointSupport.Listing listing = support.listing();

        assertThat(listing.service()).isEqualTo("svc");
        assertThat(listing.runbooks())
                .extracting(RunbookEndpointSupport.RunbookView::name)
                .containsExactly("drain", "unfreeze", "backfill");
        RunbookEndpointSupport.RunbookView drain = listing.runbooks().get(0);
        assertThat(drain.actuatorPath()).isEqualTo("/actuator/runbooks/drain");
        assertThat(drain.guard()).isEqualTo("only old things");
        assertThat(drain.parameters().get(0).defaultValue()).isEqualTo("5");
        assertThat(listing.runbooks().get(1).roles()).containsExactly("ml-lead");
    }

    @Test
    void describingWithoutAReasonRunsNothingAndWithOneRunsADryRunWithoutKey() {
        WebEndpointResponse<Object> bare = support.describe("drain", null, Map.of(), caller("oc", Role.ONCALL));

        assertThat(bare.getStatus()).isEqualTo(200);
        assertThat(((RunbookEndpointSupport.Description) bare.getBody()).dryRun())
                .isNull();
        assertThat(calls).isEmpty();

        WebEndpointResponse<Object> dry =
                support.describe("drain", "why", Map.of("olderThanSeconds", "7"), caller("oc", Role.ONCALL));

        assertThat(((RunbookEndpointSupport.Description) dry.getBody()).dryRun())
                .isEqualTo("drained older than 7");
        assertThat(calls).singleElement().satisfies(c -> {
            assertThat(c.dryRun()).isTrue();
            assertThat(c.idempotencyKey()).isNull();
            assertThat(c.actor()).isEqualTo("oc");
            assertThat(c.reason()).isEqualTo("why");
        });
    }

    @Test
    void aRunIsDryByDefaultAndRealOnlyWhenAskedWithTheKeyPassedOn() {
        support.run("drain", "why", null, null, Map.of(), caller("oc", Role.ONCALL));
        support.run("drain", "why", false, "k-1", Map.of(), caller("oc", Role.ONCALL));

        assertThat(calls).extracting(RunbookCommand::dryRun).containsExactly(true, false);
        assertThat(calls).extracting(RunbookCommand::idempotencyKey).containsExactly(null, "k-1");
    }

    @Test
    void refusalsAreProblemsWithTheRestStatusesAndNothingRunsWithoutReasonOrRole() {
        assertThat(support.run("drain", null, false, null, Map.of(), caller("oc", Role.ONCALL))
                        .getStatus())
                .isEqualTo(400);
        assertThat(support.run("drain", "why", false, null, Map.of(), caller("rev", Role.REVIEWER))
                        .getStatus())
                .isEqualTo(403);
        assertThat(support.run("drain", "why", false, null, Map.of(), SecurityContext.NONE)
                        .getStatus())
                .isEqualTo(401);
        assertThat(support.describe("unfreeze", "why", Map.of(), caller("oc", Role.ONCALL))
                        .getStatus())
                .isEqualTo(403);
        assertThat(calls).isEmpty();

        assertThat(support.run("nope", "why", true, null, Map.of(), caller("oc", Role.ONCALL))
                        .getStatus())
                .isEqualTo(404);
        WebEndpointResponse<Object> reused =
                support.run("unfreeze", "why", false, "k", Map.of(), caller("ml", Role.ML_LEAD));
        assertThat(reused.getStatus()).isEqualTo(409);
        assertThat(reused.getBody().toString()).contains("IDEMPOTENCY_KEY_REUSED");
        WebEndpointResponse<Object> conflict =
                support.run("backfill", "why", false, null, Map.of("jobId", "j"), caller("oc", Role.ONCALL));
        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(conflict.getBody().toString()).contains("WINDOW_MISMATCH");
        WebEndpointResponse<Object> invalid =
                support.run("backfill", "why", false, null, Map.of(), caller("oc", Role.ONCALL));
        assertThat(invalid.getStatus()).isEqualTo(400);
        assertThat(invalid.getBody().toString()).contains("INVALID_REQUEST", "from is required");
    }
}
