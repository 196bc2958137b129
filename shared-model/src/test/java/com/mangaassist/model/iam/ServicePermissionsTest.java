package com.mangaassist.model.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.model.resources.Resources;
import org.junit.jupiter.api.Test;

class ServicePermissionsTest {

    @Test
    void theWatchdogMayPostToConnectionsAndSendEmail() {
        assertThat(ServicePermissions.of(ServicePermissions.DELIVERY_WATCHDOG))
                .extracting(Grant::toString)
                .contains(
                        "execute-api:ManageConnections on named:connection-post",
                        "execute-api:ManageConnections on named:connection-get",
                        "ses:SendEmail on named:email-identity",
                        "dynamodb:Query on index:delivery-promises/by-status-due");
    }

    @Test
    void everyServiceMayPublishItsMetricsToTheNamespace() {
        for (String service : ServicePermissions.services()) {
            assertThat(ServicePermissions.of(service))
                    .as(service)
                    .extracting(Grant::toString)
                    .contains("cloudwatch:PutMetricData on named:metrics-namespace");
        }
    }

    @Test
    void aGrantNeverHoldsAWildcardAction() {
        assertThatThrownBy(() -> new Grant("dynamodb:*", new ResourceRef.Table(Resources.MESSAGES)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Grant("*", new ResourceRef.Table(Resources.MESSAGES)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIndexMustBelongToItsTable() {
        assertThatThrownBy(() -> new ResourceRef.Index(
                        Resources.MESSAGES, Resources.FEEDBACK.index("by-day").orElseThrow()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theConsoleMayOnlyKeepIncidentsAndListReviewExecutionsAndAnUnknownServiceIsRejected() {
        assertThat(ServicePermissions.of(ServicePermissions.CONSOLE))
                .extracting(Grant::toString)
                .containsExactlyInAnyOrder(
                        "dynamodb:GetItem on " + new ResourceRef.Table(Resources.INCIDENTS).key(),
                        "dynamodb:PutItem on " + new ResourceRef.Table(Resources.INCIDENTS).key(),
                        "dynamodb:UpdateItem on " + new ResourceRef.Table(Resources.INCIDENTS).key(),
                        "dynamodb:DeleteItem on " + new ResourceRef.Table(Resources.INCIDENTS).key(),
                        "dynamodb:Query on "
                                + new ResourceRef.Index(
                                                Resources.INCIDENTS,
                                                Resources.INCIDENTS
                                                        .index("by-state")
                                                        .orElseThrow())
                                        .key(),
                        "states:ListExecutions on " + new ResourceRef.Named(NamedResource.REVIEW_WORKFLOW).key(),
                        "cloudwatch:PutMetricData on " + new ResourceRef.Named(NamedResource.METRICS_NAMESPACE).key());
        assertThatThrownBy(() -> ServicePermissions.of("no-such-service")).isInstanceOf(IllegalArgumentException.class);
    }
}
