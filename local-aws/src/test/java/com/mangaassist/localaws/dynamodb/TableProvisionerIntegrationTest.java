package com.mangaassist.localaws.dynamodb;

import static com.mangaassist.localaws.StandInTesting.randomPrefix;
import static com.mangaassist.localaws.StandInTesting.sdkClient;
import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.resources.IndexDefinition;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.resources.TableDefinition;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

class TableProvisionerIntegrationTest {

    private static final String PREFIX = randomPrefix();
    private static final DynaliteStandIn dynalite = new DynaliteStandIn(LocalDynamoDb.NODE_DIRECTORY);
    private static DynamoDbClient dynamoDb;

    @BeforeAll
    static void startDynalite() {
        dynalite.start();
        dynamoDb = sdkClient(DynamoDbClient.builder(), dynalite.endpoint());
    }

    @AfterAll
    static void stopDynalite() {
        if (dynamoDb != null) {
            dynamoDb.close();
        }
        dynalite.close();
    }

    @Test
    void provisioningCreatesEveryTableActiveWithTheKeysAndIndexesOfItsDefinition() {
        List<String> names = new TableProvisioner(dynamoDb, PREFIX).provisionAll();

        assertThat(names)
                .containsExactlyElementsOf(Resources.tables().stream()
                        .map(table -> table.physicalName(PREFIX))
                        .toList());
        for (TableDefinition definition : Resources.tables()) {
            TableDescription table = describe(definition.physicalName(PREFIX));
            assertThat(table.tableStatus()).isEqualTo(TableStatus.ACTIVE);
            assertThat(table.keySchema())
                    .extracting(KeySchemaElement::attributeName)
                    .containsExactlyElementsOf(keyNames(definition));
            assertThat(table.globalSecondaryIndexes())
                    .extracting(GlobalSecondaryIndexDescription::indexName)
                    .containsExactlyInAnyOrderElementsOf(definition.globalIndexes().stream()
                            .map(IndexDefinition::name)
                            .toList());
            assertThat(table.globalSecondaryIndexes())
                    .allSatisfy(index ->
                            assertThat(index.projection().projectionType()).isEqualTo(ProjectionType.ALL));
        }
    }

    @Test
    void provisioningCreatesTheWatchdogIndexOnDeliveryPromisesKeyedByStatusAndDueTime() {
        new TableProvisioner(dynamoDb, PREFIX).provision(List.of(Resources.DELIVERY_PROMISES));

        TableDescription table = describe(Resources.DELIVERY_PROMISES.physicalName(PREFIX));

        assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(table.globalSecondaryIndexes()).singleElement().satisfies(index -> {
            assertThat(index.indexName()).isEqualTo("by-status-due");
            assertThat(index.keySchema())
                    .extracting(KeySchemaElement::attributeName)
                    .containsExactly("status", "due_at");
        });
    }

    @Test
    void provisioningTwiceIsHarmlessAndLeavesTheSameTables() {
        TableProvisioner provisioner = new TableProvisioner(dynamoDb, PREFIX);

        List<String> first = provisioner.provisionAll();
        List<String> second = provisioner.provisionAll();

        assertThat(second).isEqualTo(first);
        assertThat(dynamoDb.listTables().tableNames())
                .filteredOn(name -> name.startsWith(PREFIX + "-"))
                .containsExactlyInAnyOrderElementsOf(first);
    }

    private static TableDescription describe(String name) {
        return dynamoDb.describeTable(request -> request.tableName(name)).table();
    }

    private static List<String> keyNames(TableDefinition definition) {
        return definition
                .sortKey()
                .map(sortKey -> List.of(definition.partitionKey().name(), sortKey.name()))
                .orElse(List.of(definition.partitionKey().name()));
    }
}
