package com.mangaassist.model.resources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One DynamoDB table: logical name (without environment prefix), primary key, global secondary
 * indexes and the optional TTL attribute (written, never relied upon for correctness).
 */
public record TableDefinition(
        String name,
        KeyAttribute partitionKey,
        Optional<KeyAttribute> sortKey,
        List<IndexDefinition> globalIndexes,
        Optional<String> ttlAttribute) {

    public TableDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(partitionKey, "partitionKey");
        Objects.requireNonNull(sortKey, "sortKey");
        Objects.requireNonNull(ttlAttribute, "ttlAttribute");
        globalIndexes = List.copyOf(globalIndexes);
        if (!name.matches("[a-z][a-z0-9-]{2,60}")) {
            throw new IllegalArgumentException("table name must be lower-case kebab: " + name);
        }
        attributeTypes(partitionKey, sortKey, globalIndexes);
    }

    /** Every key attribute of the table and its indexes, once; a name declared with two types is rejected. */
    public List<KeyAttribute> keyAttributes() {
        return List.copyOf(attributeTypes(partitionKey, sortKey, globalIndexes).values());
    }

    /** The physical table name in an environment, for example {@code mangaassist-local-messages}. */
    public String physicalName(String prefix) {
        return ResourceNames.physical(prefix, name);
    }

    public Optional<IndexDefinition> index(String indexName) {
        return globalIndexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
    }

    private static Map<String, KeyAttribute> attributeTypes(
            KeyAttribute partitionKey, Optional<KeyAttribute> sortKey, List<IndexDefinition> indexes) {
        List<KeyAttribute> all = new ArrayList<>();
        all.add(partitionKey);
        sortKey.ifPresent(all::add);
        for (IndexDefinition index : indexes) {
            all.add(index.partitionKey());
            index.sortKey().ifPresent(all::add);
        }
        Map<String, KeyAttribute> byName = new LinkedHashMap<>();
        for (KeyAttribute attribute : all) {
            KeyAttribute previous = byName.putIfAbsent(attribute.name(), attribute);
            if (previous != null && previous.type() != attribute.type()) {
                throw new IllegalArgumentException("attribute " + attribute.name() + " declared with two types");
            }
        }
        return byName;
    }

    /** Starts a definition with a string partition key. */
    public static Builder named(String name, KeyAttribute partitionKey) {
        return new Builder(name, partitionKey);
    }

    /** Fluent construction of a table definition. */
    public static final class Builder {
        private final String name;
        private final KeyAttribute partitionKey;
        private KeyAttribute sortKey;
        private final List<IndexDefinition> indexes = new ArrayList<>();
        private String ttlAttribute;

        private Builder(String name, KeyAttribute partitionKey) {
            this.name = name;
            this.partitionKey = partitionKey;
        }

        public Builder sortKey(KeyAttribute sortKey) {
            this.sortKey = sortKey;
            return this;
        }

        public Builder index(IndexDefinition index) {
            indexes.add(index);
            return this;
        }

        public Builder ttl(String attribute) {
            this.ttlAttribute = attribute;
            return this;
        }

        public TableDefinition build() {
            return new TableDefinition(
                    name, partitionKey, Optional.ofNullable(sortKey), indexes, Optional.ofNullable(ttlAttribute));
        }
    }
}
