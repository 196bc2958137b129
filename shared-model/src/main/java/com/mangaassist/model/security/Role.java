package com.mangaassist.model.security;

import java.util.Arrays;
import java.util.Optional;

/** A role of the suite, as it appears in the JWT {@code roles} claim. */
public enum Role {
    CUSTOMER("customer"),
    REVIEWER("reviewer"),
    SENIOR_REVIEWER("senior-reviewer"),
    ML_LEAD("ml-lead"),
    CATEGORY_OWNER("category-owner"),
    ONCALL("oncall");

    private final String claimValue;

    Role(String claimValue) {
        this.claimValue = claimValue;
    }

    /** The value in the token's {@code roles} claim, for example {@code senior-reviewer}. */
    public String claimValue() {
        return claimValue;
    }

    /** The role name used for authorization checks, for example {@code SENIOR_REVIEWER}. */
    public String roleName() {
        return name();
    }

    public static Optional<Role> fromClaim(String value) {
        return Arrays.stream(values()).filter(r -> r.claimValue.equals(value)).findFirst();
    }

    /** Staff roles: everyone who is not a customer. */
    public static final Role[] STAFF = {REVIEWER, SENIOR_REVIEWER, ML_LEAD, CATEGORY_OWNER, ONCALL};
}
