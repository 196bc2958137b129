package com.mangaassist.feedback.improvement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineDiffTest {

    @Test
    void keptLinesAreMarkedWithASpaceRemovedWithMinusAddedWithPlus() {
        String diff = LineDiff.diff("a", "one\ntwo\nthree", "b", "one\n2\nthree\nfour");

        assertThat(diff).isEqualTo("--- a\n+++ b\n one\n+2\n-two\n three\n+four\n");
    }

    @Test
    void identicalTextsHaveOnlyContextLines() {
        assertThat(LineDiff.diff("a", "x\ny", "b", "x\ny")).isEqualTo("--- a\n+++ b\n x\n y\n");
    }
}
