package com.mangaassist.common.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.mangaassist.model.security.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunbookCatalogTest {

    private static Runbook runbook(String name) {
        return new Runbook(name, "/api/runbook/x", "changes", List.of(), "guard", List.of(Role.ONCALL));
    }

    @Test
    void keepsTheOrderItWasGivenAndFindsByName() {
        RunbookCatalog<String> catalog = new RunbookCatalog<>(
                "svc",
                List.of(
                        new RunbookCatalog.Entry<>(runbook("b-second"), (c, a) -> "b"),
                        new RunbookCatalog.Entry<>(runbook("a-first"), (c, a) -> "a")));

        assertThat(catalog.runbooks()).extracting(Runbook::name).containsExactly("b-second", "a-first");
        assertThat(catalog.find("a-first")).isPresent();
        assertThat(catalog.find("nope")).isEmpty();
    }

    @Test
    void namesAreUniqueSelectorsAndEveryRunbookHasARole() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RunbookCatalog<>(
                        "svc",
                        List.of(
                                new RunbookCatalog.Entry<String>(runbook("same"), (c, a) -> "1"),
                                new RunbookCatalog.Entry<String>(runbook("same"), (c, a) -> "2"))));
        assertThatIllegalArgumentException().isThrownBy(() -> runbook("Not/A/Selector"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Runbook("x", "/p", "c", List.of(), "g", List.of()));
        assertThatIllegalArgumentException()
                .as("a required parameter has no default")
                .isThrownBy(() -> new RunbookParameter("p", RunbookParameter.Type.TEXT, true, "l", "default"));
    }
}
