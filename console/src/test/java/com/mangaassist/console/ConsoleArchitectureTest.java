package com.mangaassist.console;

import com.mangaassist.common.architecture.HexagonalRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "com.mangaassist.console", importOptions = ImportOption.DoNotIncludeTests.class)
class ConsoleArchitectureTest {

    @ArchTest
    static final ArchRule domainAndApplicationAreFrameworkFree = HexagonalRules.domainAndApplicationAreFrameworkFree();

    @ArchTest
    static final ArchRule domainDependsOnNothingOutward = HexagonalRules.domainDependsOnNothingOutward();

    @ArchTest
    static final ArchRule adaptersDoNotDependOnConfiguration = HexagonalRules.adaptersDoNotDependOnConfiguration();
}
