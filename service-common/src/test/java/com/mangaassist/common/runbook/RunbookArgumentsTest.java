package com.mangaassist.common.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunbookArgumentsTest {

    @Test
    void listsAreCommaSeparatedOrRepeatedAndBlankItemsAreDropped() {
        RunbookArguments args = RunbookArguments.of(Map.of("topics", List.of("faq, shipping", "general,"), "one", "x"));

        assertThat(args.list("topics")).containsExactly("faq", "shipping", "general");
        assertThat(args.list("one")).containsExactly("x");
        assertThat(args.list("absent")).isEmpty();
        assertThat(args.optionalList("absent")).isEmpty();
    }

    @Test
    void blankAndNullValuesAreAbsent() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("reason", " ");
        raw.put("jobId", null);
        RunbookArguments args = RunbookArguments.of(raw);

        assertThat(args.text("reason")).isEmpty();
        assertThat(args.text("jobId")).isEmpty();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> args.requiredText("jobId"))
                .withMessage("jobId is required");
    }

    @Test
    void valuesAreReadByTypeAndAWrongTypeNamesTheParameter() {
        RunbookArguments args = RunbookArguments.of(Map.of(
                "min", "0.7", "seconds", "300", "from", "2026-11-28T11:00:00Z", "bad", "abc", "inf", "Infinity"));

        assertThat(args.decimal("min")).contains(0.7);
        assertThat(args.wholeNumber("seconds")).contains(300L);
        assertThat(args.instant("from")).contains(Instant.parse("2026-11-28T11:00:00Z"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> args.decimal("bad"))
                .withMessageContaining("bad");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> args.decimal("inf"))
                .withMessageContaining("inf");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> args.wholeNumber("min"))
                .withMessageContaining("min");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> args.instant("bad"))
                .withMessageContaining("ISO-8601");
    }

    @Test
    void aSingleValueGivenTwiceIsRefused() {
        RunbookArguments args = RunbookArguments.of(Map.of("toPriority", new String[] {"P1", "P2"}));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> args.text("toPriority"))
                .withMessageContaining("more than once");
    }
}
