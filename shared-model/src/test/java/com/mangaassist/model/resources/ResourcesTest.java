package com.mangaassist.model.resources;

import static com.mangaassist.model.resources.KeyAttribute.number;
import static com.mangaassist.model.resources.KeyAttribute.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourcesTest {

    @Test
    void physicalNamesCarryTheEnvironmentPrefix() {
        assertThat(Resources.MESSAGES.physicalName("local")).isEqualTo("local-messages");
        assertThat(Resources.DELIVERIES.physicalDlqName("prod")).isEqualTo("prod-deliveries-dlq");
    }

    @Test
    void everyTableAndQueueNameIsUnique() {
        List<String> tables =
                Resources.tables().stream().map(TableDefinition::name).toList();
        List<String> queues =
                Resources.queues().stream().map(QueueDefinition::name).toList();

        assertThat(new HashSet<>(tables)).hasSameSizeAs(tables);
        assertThat(new HashSet<>(queues)).hasSameSizeAs(queues);
    }

    @Test
    void keyAttributesAreListedOnceAcrossTableAndIndexes() {
        assertThat(Resources.REVIEW_TASKS.keyAttributes())
                .extracting(KeyAttribute::name)
                .containsExactly("task_id", "status", "priority_created", "claimed_by", "claimed_at", "message_id");
    }

    @Test
    void anAttributeDeclaredWithTwoTypesIsRejected() {
        assertThatThrownBy(() -> TableDefinition.named("broken", string("id"))
                        .index(IndexDefinition.of("by-id-number", number("id")))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two types");
    }

    @Test
    void prefixesThatAwsWouldRejectAreRefused() {
        assertThatThrownBy(() -> Resources.MESSAGES.physicalName("bad prefix!"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void queueReceiveCountMustBePositive() {
        assertThatThrownBy(() -> new QueueDefinition(
                        "q-bad",
                        java.time.Duration.ofSeconds(30),
                        java.time.Duration.ofDays(1),
                        0,
                        java.time.Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
