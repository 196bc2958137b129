package com.mangaassist.model.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SortableTimeTest {

    @Test
    void textOrderIsTimeOrderWhereInstantToStringIsNot() {
        Instant whole = Instant.parse("2026-11-28T11:05:00Z");
        Instant later = Instant.parse("2026-11-28T11:05:00.500Z");

        assertThat(whole.toString().compareTo(later.toString())).as("the trap").isPositive();
        assertThat(SortableTime.format(whole).compareTo(SortableTime.format(later)))
                .isNegative();
        assertThat(SortableTime.format(whole)).isEqualTo("2026-11-28T11:05:00.000Z");
        assertThat(SortableTime.parse(SortableTime.format(later))).isEqualTo(later);
        assertThat(SortableTime.parse(" ")).isNull();
    }
}
