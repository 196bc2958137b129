package com.mangaassist.model.resources;

import java.util.Objects;
import java.util.Optional;

/** A global secondary index projecting all attributes. The sort key is optional. */
public record IndexDefinition(String name, KeyAttribute partitionKey, Optional<KeyAttribute> sortKey) {

    public IndexDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(partitionKey, "partitionKey");
        Objects.requireNonNull(sortKey, "sortKey");
    }

    public static IndexDefinition of(String name, KeyAttribute partitionKey, KeyAttribute sortKey) {
        return new IndexDefinition(name, partitionKey, Optional.of(sortKey));
    }

    public static IndexDefinition of(String name, KeyAttribute partitionKey) {
        return new IndexDefinition(name, partitionKey, Optional.empty());
    }
}
