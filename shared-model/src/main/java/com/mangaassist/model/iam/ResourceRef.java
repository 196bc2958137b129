package com.mangaassist.model.iam;

import com.mangaassist.model.resources.IndexDefinition;
import com.mangaassist.model.resources.QueueDefinition;
import com.mangaassist.model.resources.TableDefinition;
import java.util.Objects;

/** The resource a grant applies to, built from the {@code Resources} definitions or a {@link NamedResource}. */
public sealed interface ResourceRef permits ResourceRef.Table, ResourceRef.Index, ResourceRef.Queue, ResourceRef.Named {

    /** A stable, human-readable key, for example {@code table:messages} or {@code index:messages/by-session}. */
    String key();

    /** A DynamoDB table itself. */
    record Table(TableDefinition table) implements ResourceRef {
        public Table {
            Objects.requireNonNull(table, "table");
        }

        @Override
        public String key() {
            return "table:" + table.name();
        }
    }

    /** One global secondary index of a table (queries on an index are authorised on the index's ARN). */
    record Index(TableDefinition table, IndexDefinition index) implements ResourceRef {
        public Index {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(index, "index");
            if (table.index(index.name()).isEmpty()) {
                throw new IllegalArgumentException(table.name() + " has no index " + index.name());
            }
        }

        @Override
        public String key() {
            return "index:" + table.name() + "/" + index.name();
        }
    }

    /** An SQS queue (not its DLQ: no service reads a DLQ). */
    record Queue(QueueDefinition queue) implements ResourceRef {
        public Queue {
            Objects.requireNonNull(queue, "queue");
        }

        @Override
        public String key() {
            return "queue:" + queue.name();
        }
    }

    /** A resource the infrastructure names ({@link NamedResource}). */
    record Named(NamedResource resource) implements ResourceRef {
        public Named {
            Objects.requireNonNull(resource, "resource");
        }

        @Override
        public String key() {
            return "named:" + resource.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
