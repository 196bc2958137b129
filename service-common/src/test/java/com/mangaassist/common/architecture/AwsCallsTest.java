package com.mangaassist.common.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.resources.Resources;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sns.SnsClient;

/** The derivation sees calls, paginators, transactions' items and wired tables; the comparison names each gap. */
class AwsCallsTest {

    @Test
    void callsBecomeIamActionsAndTransactionsBecomeTheirItemsActions() {
        JavaClasses fixture = new ClassFileImporter().importClasses(Adapter.class, Wiring.class);

        AwsCalls.Derived code = AwsCalls.derive(fixture, AwsCallsTest.class.getPackageName());

        assertThat(code.actions())
                .containsOnlyKeys(
                        "dynamodb:GetItem",
                        "dynamodb:Query",
                        "dynamodb:PutItem",
                        "dynamodb:ConditionCheckItem",
                        "states:SendTaskSuccess",
                        "sns:Publish");
        assertThat(code.resources())
                .containsExactlyInAnyOrder("table:delivery-promises", "named:review-workflow", "named:pages-topic");
    }

    @Test
    void aCallWithoutAGrantAndAGrantWithoutACallAreBothReported() {
        AwsCalls.Derived code = new AwsCalls.Derived(
                Map.of("execute-api:ManageConnections", Set.of("Notifier.post"), "dynamodb:GetItem", Set.of("X.find")),
                Set.of("named:connection-post", "table:inbox"));
        AwsCalls.Derived declared = new AwsCalls.Derived(
                Map.of("dynamodb:GetItem", Set.of("table:inbox"), "dynamodb:Scan", Set.of("table:inbox")),
                Set.of("table:inbox"));

        assertThat(AwsCalls.differences(code, declared))
                .containsExactlyInAnyOrder(
                        "called but not declared: execute-api:ManageConnections (from [Notifier.post])",
                        "declared but never called: dynamodb:Scan on [table:inbox]",
                        "used but not declared: named:connection-post");
    }

    @Test
    void anAdapterCallingWhatItsTableIsNotDeclaredForIsReported() {
        JavaClasses fixture = new ClassFileImporter().importClasses(Adapter.class, Wiring.class);

        // the watchdog may GetItem, UpdateItem and Query delivery-promises; the fixture also puts and checks
        assertThat(AwsCalls.undeclaredTableActions(fixture, AwsCallsTest.class.getPackageName(), "delivery-watchdog"))
                .containsExactly(
                        "Wiring.adapter wires [table:delivery-promises] into Adapter, which calls"
                                + " dynamodb:ConditionCheckItem: not declared on it",
                        "Wiring.adapter wires [table:delivery-promises] into Adapter, which calls dynamodb:PutItem:"
                                + " not declared on it");
    }

    @Test
    void operationsFollowIamNamesNotSdkNames() {
        assertThat(AwsCalls.operation("dynamodb", "queryPaginator")).isEqualTo("Query");
        assertThat(AwsCalls.operation("execute-api", "postToConnection")).isEqualTo("ManageConnections");
        assertThat(AwsCalls.operation("bedrock", "converse")).isEqualTo("InvokeModel");
        assertThat(AwsCalls.operation("bedrock", "converseStream")).isEqualTo("InvokeModelWithResponseStream");
        assertThat(AwsCalls.operation("ses", "sendEmail")).isEqualTo("SendEmail");
    }

    /** Fixture: an adapter with a read, a paginated query, a transaction and a token callback. */
    static final class Adapter {
        private final DynamoDbClient dynamoDb;
        private final SfnClient sfn;
        private final SnsClient sns;

        Adapter(DynamoDbClient dynamoDb, SfnClient sfn, SnsClient sns) {
            this.dynamoDb = dynamoDb;
            this.sfn = sfn;
            this.sns = sns;
        }

        void work(String table) {
            dynamoDb.getItem(b -> b.tableName(table));
            dynamoDb.queryPaginator(b -> b.tableName(table)).items().forEach(item -> {});
            dynamoDb.transactWriteItems(b -> b.transactItems(
                    TransactWriteItem.builder().put(p -> p.tableName(table)).build(),
                    TransactWriteItem.builder()
                            .conditionCheck(c -> c.tableName(table))
                            .build()));
            sfn.sendTaskSuccess(b -> b.taskToken("t").output("{}"));
            sns.publish(b -> b.topicArn("arn").message("m"));
        }
    }

    /** Fixture: the wiring that names the table. */
    static final class Wiring {
        Adapter adapter(DynamoDbClient dynamoDb, SfnClient sfn, SnsClient sns) {
            Adapter adapter = new Adapter(dynamoDb, sfn, sns);
            adapter.work(Resources.DELIVERY_PROMISES.name());
            return adapter;
        }
    }
}
