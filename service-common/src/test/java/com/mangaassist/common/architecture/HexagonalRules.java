package com.mangaassist.common.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of CONVENTIONS.md, shared by every service's architecture test. */
public final class HexagonalRules {

    private static final String[] INFRASTRUCTURE = {
        "org.springframework..",
        "software.amazon.awssdk..",
        "io.lettuce..",
        "org.opensearch..",
        "tools.jackson..",
        "com.fasterxml.jackson.databind.."
    };

    private HexagonalRules() {}

    /** Domain and application packages use no framework, SDK or client library types. */
    public static ArchRule domainAndApplicationAreFrameworkFree() {
        return noClasses()
                .that()
                .resideInAnyPackage("..domain..", "..application..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(INFRASTRUCTURE)
                .because("business logic must not depend on Spring, AWS SDK, Redis or OpenSearch types")
                .allowEmptyShould(true);
    }

    /** The domain does not reach out to the application or adapters. */
    public static ArchRule domainDependsOnNothingOutward() {
        return noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..application..", "..adapter..", "..config..")
                .because("the domain is the centre of the hexagon")
                .allowEmptyShould(true);
    }

    /** Adapters do not depend on the wiring that assembles them. */
    public static ArchRule adaptersDoNotDependOnConfiguration() {
        return noClasses()
                .that()
                .resideInAPackage("..adapter..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..config..")
                .because("wiring depends on adapters, not the other way round")
                .allowEmptyShould(true);
    }
}
