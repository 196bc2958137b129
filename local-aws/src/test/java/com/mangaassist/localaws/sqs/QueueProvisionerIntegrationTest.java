package com.mangaassist.localaws.sqs;

import static com.mangaassist.localaws.StandInTesting.randomPrefix;
import static com.mangaassist.localaws.StandInTesting.sdkClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.localaws.sqs.QueueProvisioner.ProvisionedQueue;
import com.mangaassist.model.resources.QueueDefinition;
import com.mangaassist.model.resources.Resources;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

class QueueProvisionerIntegrationTest {

    private static final String PREFIX = randomPrefix();
    private static final ElasticMqStandIn elasticMq = new ElasticMqStandIn();
    private static SqsClient sqs;

    @BeforeAll
    static void startElasticMq() {
        elasticMq.start();
        sqs = sdkClient(SqsClient.builder(), elasticMq.endpoint());
    }

    @AfterAll
    static void stopElasticMq() {
        if (sqs != null) {
            sqs.close();
        }
        elasticMq.close();
    }

    @Test
    void provisioningCreatesEveryQueueAndItsDlqAtUrlsNamingTheActualPort() {
        List<ProvisionedQueue> queues = new QueueProvisioner(sqs, PREFIX).provisionAll();

        assertThat(queues).extracting(ProvisionedQueue::definition).containsExactlyElementsOf(Resources.queues());
        String base = elasticMq.endpoint() + "/" + ElasticMqStandIn.ACCOUNT_ID + "/";
        assertThat(queues).allSatisfy(queue -> {
            assertThat(queue.queueUrl()).isEqualTo(base + queue.definition().physicalName(PREFIX));
            assertThat(queue.dlqUrl()).isEqualTo(base + queue.definition().physicalDlqName(PREFIX));
            assertThat(queue.dlqArn())
                    .isEqualTo("arn:aws:sqs:us-east-1:000000000000:"
                            + queue.definition().physicalDlqName(PREFIX));
        });
        assertThat(sqs.listQueues(request -> request.queueNamePrefix(PREFIX)).queueUrls())
                .hasSize(2 * Resources.queues().size());
    }

    @Test
    void eachQueueGetsTheVisibilityTimeoutAndRedrivePolicyOfItsDefinition() {
        List<ProvisionedQueue> queues = new QueueProvisioner(sqs, PREFIX).provisionAll();

        for (ProvisionedQueue queue : queues) {
            QueueDefinition definition = queue.definition();
            Map<QueueAttributeName, String> attributes = attributes(queue.queueUrl());
            assertThat(attributes.get(QueueAttributeName.VISIBILITY_TIMEOUT))
                    .isEqualTo(Long.toString(definition.visibilityTimeout().toSeconds()));
            assertThat(attributes.get(QueueAttributeName.REDRIVE_POLICY))
                    .contains(queue.dlqArn())
                    .containsPattern("\"maxReceiveCount\":\"?" + definition.maxReceiveCount() + "\\b");
            // MessageRetentionPeriod is not checked: ElasticMQ accepts and ignores it.
        }
    }

    @Test
    void provisioningTwiceIsHarmlessAndReturnsTheSameQueues() {
        QueueProvisioner provisioner = new QueueProvisioner(sqs, PREFIX);

        List<ProvisionedQueue> first = provisioner.provisionAll();
        List<ProvisionedQueue> second = provisioner.provisionAll();

        assertThat(second).isEqualTo(first);
        assertThat(sqs.listQueues(request -> request.queueNamePrefix(PREFIX)).queueUrls())
                .hasSize(2 * Resources.queues().size());
    }

    private static Map<QueueAttributeName, String> attributes(String queueUrl) {
        return sqs.getQueueAttributes(request -> request.queueUrl(queueUrl).attributeNames(QueueAttributeName.ALL))
                .attributes();
    }
}
