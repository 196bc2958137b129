package com.mangaassist.orchestrator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.resources.Resources;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The threshold service is the only writer of {@code thresholds}, {@code threshold-versions} and
 * {@code prompts}. In the orchestrator a table name only comes from {@code Resources.<TABLE>} in the wiring,
 * so: every method that takes the name of one of those tables may construct only classes that never call a
 * writing operation of {@link DynamoDbClient}, and must not call one itself. (A name spelled as a string
 * literal would escape this check; nothing in the code does that.)
 */
class GovernedTablesAreReadOnlyTest {

    private static final Set<String> GOVERNED_TABLES = Set.of("THRESHOLDS", "THRESHOLD_VERSIONS", "PROMPTS");
    private static final Set<String> WRITES =
            Set.of("putItem", "updateItem", "deleteItem", "batchWriteItem", "transactWriteItems");

    static final ArchRule WHAT_GETS_A_GOVERNED_TABLE_NEVER_WRITES = methods()
            .that(takeTheNameOfAGovernedTable())
            .should(neitherWriteToDynamoDbNorConstructAnythingThatDoes())
            .because("threshold-service is the only writer of thresholds, threshold-versions and prompts");

    @Test
    void theOrchestratorNeverWritesTheTablesTheThresholdServiceOwns() {
        JavaClasses orchestrator = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.mangaassist.orchestrator");

        WHAT_GETS_A_GOVERNED_TABLE_NEVER_WRITES.check(orchestrator);
    }

    @Test
    void theRuleCatchesAWriterWiredWithAGovernedTable() {
        JavaClasses wiring = new ClassFileImporter().importClasses(WritingWiring.class, PromptWriter.class);

        EvaluationResult result = WHAT_GETS_A_GOVERNED_TABLE_NEVER_WRITES.evaluate(wiring);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(
                        detail -> assertThat(detail).contains("PromptWriter").contains("putItem"));
    }

    private static DescribedPredicate<JavaMethod> takeTheNameOfAGovernedTable() {
        return DescribedPredicate.describe(
                "take the name of thresholds, threshold-versions or prompts",
                method -> method.getFieldAccesses().stream()
                        .anyMatch(access -> access.getTargetOwner().isEquivalentTo(Resources.class)
                                && GOVERNED_TABLES.contains(access.getTarget().getName())));
    }

    private static ArchCondition<JavaMethod> neitherWriteToDynamoDbNorConstructAnythingThatDoes() {
        return new ArchCondition<>("neither write to DynamoDB nor construct anything that does") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                reportWrites(method.getFullName(), method.getOwner(), method.getMethodCallsFromSelf(), events);
                method.getConstructorCallsFromSelf().forEach(construction -> {
                    JavaClass constructed = construction.getTargetOwner();
                    reportWrites(
                            method.getFullName() + " constructs " + constructed.getName() + ", which",
                            constructed,
                            constructed.getMethodCallsFromSelf(),
                            events);
                });
            }
        };
    }

    private static void reportWrites(
            String who, Object owner, Set<? extends JavaAccess<?>> calls, ConditionEvents events) {
        calls.stream()
                .filter(call -> call.getTargetOwner().isAssignableTo(DynamoDbClient.class))
                .filter(call -> WRITES.contains(call.getName()))
                .forEach(call -> events.add(SimpleConditionEvent.violated(
                        owner, who + " calls DynamoDbClient." + call.getName() + " " + call.getSourceCodeLocation())));
    }

    /** Test fixture: wiring that would break the rule. */
    static final class WritingWiring {
        PromptWriter prompts(DynamoDbClient dynamoDb) {
            return new PromptWriter(dynamoDb, Resources.PROMPTS.name());
        }
    }

    /** Test fixture: a writer. */
    static final class PromptWriter {
        private final DynamoDbClient dynamoDb;
        private final String table;

        PromptWriter(DynamoDbClient dynamoDb, String table) {
            this.dynamoDb = dynamoDb;
            this.table = table;
        }

        void seed() {
            dynamoDb.putItem(b -> b.tableName(table));
        }
    }
}
