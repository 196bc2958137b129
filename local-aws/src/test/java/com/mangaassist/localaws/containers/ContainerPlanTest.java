package com.mangaassist.localaws.containers;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.localaws.Component;
import com.mangaassist.localaws.LocalAwsEndpoints;
import java.net.URI;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the localstack back end starts for a module's components, and how the tests find it (no Docker needed). */
class ContainerPlanTest {

    private static final URI LOCALSTACK = URI.create("http://127.0.0.1:32801");
    private static final URI REDIS = URI.create("redis://127.0.0.1:32802");
    private static final URI OPENSEARCH = URI.create("http://127.0.0.1:32803");

    @Test
    void everyComponentGivesOneLocalStackWithFourServicesRedisOpenSearchAndTheGatewayAndIssuerAsStandIns() {
        ContainerPlan plan = ContainerPlan.of(EnumSet.allOf(Component.class));

        assertThat(plan.localStackServices()).containsExactly("dynamodb", "sqs", "stepfunctions", "ses");
        assertThat(plan.redis()).isTrue();
        assertThat(plan.openSearch()).isTrue();
        assertThat(plan.standIns()).containsExactlyInAnyOrder(Component.GATEWAY, Component.ISSUER);
        assertThat(plan.needsDocker()).isTrue();
    }

    @Test
    void aModulesWithoutListIsHonoured() {
        // threshold-service and most services: localaws.without=opensearch
        Set<Component> withoutOpenSearch = EnumSet.allOf(Component.class);
        withoutOpenSearch.remove(Component.OPENSEARCH);
        ContainerPlan plan = ContainerPlan.of(withoutOpenSearch);
        assertThat(plan.openSearch()).isFalse();
        assertThat(plan.endpoints(LOCALSTACK, REDIS, null)).doesNotContainKey("opensearch");

        // the console: only the issuer, so no container and no Docker needed
        ContainerPlan console = ContainerPlan.of(EnumSet.of(Component.ISSUER));
        assertThat(console.needsDocker()).isFalse();
        assertThat(console.localStackServices()).isEmpty();
        assertThat(console.standIns()).containsExactly(Component.ISSUER);
    }

    @Test
    void everyComponentIsEitherAContainerOrAStandIn() {
        ContainerPlan plan = ContainerPlan.of(EnumSet.allOf(Component.class));
        Set<Component> covered = EnumSet.copyOf(ContainerPlan.replaced());
        covered.addAll(plan.standIns());
        assertThat(covered)
                .as("a new Component needs a place in ContainerPlan")
                .isEqualTo(EnumSet.allOf(Component.class));
        assertThat(ContainerPlan.replaced()).doesNotContainAnyElementsOf(plan.standIns());
    }

    @Test
    void theContainersEndpointsReachTheTestsUnderTheStandInsKeys() {
        ContainerPlan plan = ContainerPlan.of(EnumSet.allOf(Component.class));
        Map<String, String> all = new LinkedHashMap<>(plan.endpoints(LOCALSTACK, REDIS, OPENSEARCH));
        // what the launcher adds from the stand-ins it still runs, then prints as its ready line
        all.put("issuer", "http://127.0.0.1:40001");
        all.put("gateway-management", "http://127.0.0.1:40002");
        all.put("gateway-websocket", "ws://127.0.0.1:40002");
        all.put("control", "http://127.0.0.1:40003");
        all.put("prefix", "local");

        LocalAwsEndpoints endpoints = LocalAwsEndpoints.fromReadyLine(new LocalAwsEndpoints(all).toReadyLine());

        assertThat(endpoints.dynamoDb()).isEqualTo(LOCALSTACK);
        assertThat(endpoints.sqs()).isEqualTo(LOCALSTACK);
        assertThat(endpoints.stepFunctions()).isEqualTo(LOCALSTACK);
        assertThat(endpoints.ses()).isEqualTo(LOCALSTACK);
        assertThat(endpoints.redis()).isEqualTo(REDIS);
        assertThat(endpoints.openSearch()).isEqualTo(OPENSEARCH);
        assertThat(endpoints.issuer()).isEqualTo(URI.create("http://127.0.0.1:40001"));
        assertThat(endpoints.gatewayWebSocket()).isEqualTo(URI.create("ws://127.0.0.1:40002"));
        assertThat(endpoints.reviewWorkflowArn("t1"))
                .as("LocalStack's default account and the clients' region give the same ARN as the stand-in")
                .isEqualTo("arn:aws:states:us-east-1:000000000000:stateMachine:t1-review-workflow");
    }

    @Test
    void openSearchRunsAsOnePlainHttpNodeWithTheStandInsVersion() {
        assertThat(ContainerPlan.openSearchEnvironment())
                .containsEntry("discovery.type", "single-node")
                .containsEntry("DISABLE_SECURITY_PLUGIN", "true");
        assertThat(ContainerPlan.OPENSEARCH_IMAGE).endsWith(":2.19.1");
    }
}
