package com.mangaassist.common.aws;

import com.mangaassist.model.resources.QueueDefinition;
import com.mangaassist.model.resources.TableDefinition;

/** Physical names of the shared resource definitions in this environment. */
public final class ResourceNaming {

    private final String prefix;

    public ResourceNaming(String prefix) {
        this.prefix = prefix;
    }

    public String table(TableDefinition table) {
        return table.physicalName(prefix);
    }

    public String queue(QueueDefinition queue) {
        return queue.physicalName(prefix);
    }

    public String deadLetterQueue(QueueDefinition queue) {
        return queue.physicalDlqName(prefix);
    }
}
