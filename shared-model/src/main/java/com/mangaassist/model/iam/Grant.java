package com.mangaassist.model.iam;

import java.util.Objects;

/**
 * One permission: an IAM action ({@code dynamodb:PutItem}) on one resource. Wildcards are rejected here, so a
 * declaration can never widen a role.
 */
public record Grant(String action, ResourceRef resource) {

    public Grant {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resource, "resource");
        if (!action.matches("[a-z0-9-]+:[A-Za-z]+")) {
            throw new IllegalArgumentException("an action is <service>:<Operation> without wildcards: " + action);
        }
    }

    /** The service prefix of the action, for example {@code dynamodb}. */
    public String servicePrefix() {
        return action.substring(0, action.indexOf(':'));
    }

    @Override
    public String toString() {
        return action + " on " + resource.key();
    }
}
