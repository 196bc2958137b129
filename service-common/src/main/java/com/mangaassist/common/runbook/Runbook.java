package com.mangaassist.common.runbook;

import com.mangaassist.model.security.Role;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A runbook as on-call sees it before running it: its {@code name} (unique in its service, the Actuator
 * selector), the REST {@code path} that runs it too, what it {@code changes}, its {@code parameters}, the
 * {@code guard} that limits it and the {@code roles} that may run it. Listed by {@code /actuator/runbooks} so
 * that nobody has to read code at 3 a.m.
 */
public record Runbook(
        String name, String path, String changes, List<RunbookParameter> parameters, String guard, List<Role> roles) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

    public Runbook {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a runbook name is lower-case letters, digits and '-': " + name);
        }
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(guard, "guard");
        parameters = List.copyOf(parameters);
        roles = List.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a runbook names at least one role: " + name);
        }
        if (parameters.stream().map(RunbookParameter::name).distinct().count() != parameters.size()) {
            throw new IllegalArgumentException("parameter names repeat in " + name);
        }
    }

    /** Whether a caller holding {@code role} may run it. */
    public boolean allows(Role role) {
        return roles.contains(role);
    }
}
