package com.mangaassist.localaws.dynamodb;

import com.mangaassist.model.resources.AttributeType;
import com.mangaassist.model.resources.IndexDefinition;
import com.mangaassist.model.resources.KeyAttribute;
import com.mangaassist.model.resources.Resources;
import com.mangaassist.model.resources.TableDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.waiters.DynamoDbWaiter;

/**
 * Creates every table of {@link Resources#tables()} under a prefix ({@code <prefix>-<name>}): on-demand
 * billing, the key and attribute definitions of the definition, and each global secondary index projecting
 * all attributes. Returns once every table is ACTIVE. Running it again is harmless: a table that already
 * exists is left as it is.
 *
 * <p>TTL is not enabled: dynalite has no {@code UpdateTimeToLive}, and nothing relies on expiry, so the
 * provisioner only notes the skipped TTL attribute at debug level.
 */
public final class TableProvisioner {

    private static final Logger log = LoggerFactory.getLogger(TableProvisioner.class);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);
    private static final Duration ACTIVE_TIMEOUT = Duration.ofSeconds(60);

    private final DynamoDbClient dynamoDb;
    private final String prefix;

    public TableProvisioner(DynamoDbClient dynamoDb, String prefix) {
        this.dynamoDb = Objects.requireNonNull(dynamoDb, "dynamoDb");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    /** Provisions every table of the suite and returns their physical names, in definition order. */
    public List<String> provisionAll() {
        return provision(Resources.tables());
    }

    /** Provisions the given tables and returns their physical names, in the order given. */
    public List<String> provision(List<TableDefinition> tables) {
        List<String> names = new ArrayList<>();
        for (TableDefinition table : tables) {
            names.add(create(table));
        }
        try (DynamoDbWaiter waiter = DynamoDbWaiter.builder()
                .client(dynamoDb)
                .overrideConfiguration(WaiterOverrideConfiguration.builder()
                        .backoffStrategyV2(BackoffStrategy.fixedDelay(POLL_INTERVAL))
                        .waitTimeout(ACTIVE_TIMEOUT)
                        .maxAttempts(Integer.MAX_VALUE)
                        .build())
                .build()) {
            for (String name : names) {
                // Throws when the table is not ACTIVE within the timeout.
                waiter.waitUntilTableExists(request -> request.tableName(name));
            }
        }
        log.info("{} tables provisioned with prefix {}", names.size(), prefix);
        return List.copyOf(names);
    }

    private String create(TableDefinition table) {
        String name = table.physicalName(prefix);
        List<GlobalSecondaryIndex> indexes =
                table.globalIndexes().stream().map(TableProvisioner::index).toList();
        CreateTableRequest.Builder request = CreateTableRequest.builder()
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(table.keyAttributes().stream()
                        .map(TableProvisioner::attributeDefinition)
                        .toList())
                .keySchema(keySchema(table.partitionKey(), table.sortKey()));
        if (!indexes.isEmpty()) {
            request.globalSecondaryIndexes(indexes);
        }
        try {
            dynamoDb.createTable(request.build());
            log.debug("created table {}", name);
        } catch (ResourceInUseException exists) {
            log.debug("table {} already exists", name);
        }
        table.ttlAttribute()
                .ifPresent(attribute -> log.debug(
                        "TTL on {}.{} not enabled: dynalite has no UpdateTimeToLive and expiry is never relied upon",
                        name,
                        attribute));
        return name;
    }

    private static GlobalSecondaryIndex index(IndexDefinition index) {
        return GlobalSecondaryIndex.builder()
                .indexName(index.name())
                .keySchema(keySchema(index.partitionKey(), index.sortKey()))
                .projection(
                        Projection.builder().projectionType(ProjectionType.ALL).build())
                .build();
    }

    private static List<KeySchemaElement> keySchema(KeyAttribute partitionKey, Optional<KeyAttribute> sortKey) {
        List<KeySchemaElement> schema = new ArrayList<>();
        schema.add(KeySchemaElement.builder()
                .attributeName(partitionKey.name())
                .keyType(KeyType.HASH)
                .build());
        sortKey.ifPresent(key -> schema.add(KeySchemaElement.builder()
                .attributeName(key.name())
                .keyType(KeyType.RANGE)
                .build()));
        return schema;
    }

    private static AttributeDefinition attributeDefinition(KeyAttribute attribute) {
        return AttributeDefinition.builder()
                .attributeName(attribute.name())
                .attributeType(scalarType(attribute.type()))
                .build();
    }

    private static ScalarAttributeType scalarType(AttributeType type) {
        return switch (type) {
            case STRING -> ScalarAttributeType.S;
            case NUMBER -> ScalarAttributeType.N;
        };
    }
}
