package com.mangaassist.localaws.dynamodb;

import java.nio.file.Path;

/** Test helpers: the module's node directory, which holds dynalite. */
final class LocalDynamoDb {

    /** Failsafe runs in the module directory. */
    static final Path NODE_DIRECTORY = Path.of("node");

    private LocalDynamoDb() {}
}
