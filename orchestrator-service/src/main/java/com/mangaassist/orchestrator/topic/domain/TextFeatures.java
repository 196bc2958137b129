package com.mangaassist.orchestrator.topic.domain;

import java.text.Normalizer;

/**
 * Turns text into the features the model reads: the distinct character n-grams of the normalised text
 * (as 64-bit hashes) with their counts.
 *
 * <p>Normalisation: NFKC (full-width and half-width forms meet), lower case, every digit as {@code 0}
 * (order and volume numbers look alike), whitespace runs as one boundary, a boundary at both ends. Only
 * the first {@value #MAX_CODE_POINTS} characters are read. No word segmentation: kana and kanji work as
 * they are.
 */
final class TextFeatures {

    static final int MIN_N = 1;
    static final int MAX_N = 4;
    static final int MAX_CODE_POINTS = 4_096;

    private static final int BOUNDARY = ' ';
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private TextFeatures() {}

    /**
     * Distinct n-gram hashes, in order of first occurrence, and their counts; {@code hashes} and
     * {@code counts} are valid up to {@code size}.
     */
    record Grams(long[] hashes, int[] counts, int size) {

        /** The sublinear weight of the i-th feature: 1 + ln(count). */
        double value(int i) {
            int count = counts[i];
            return count == 1 ? 1.0 : 1.0 + Math.log(count);
        }

        /** The Euclidean norm of all feature values, known to the model or not. */
        double norm() {
            double sum = 0;
            for (int i = 0; i < size; i++) {
                double v = value(i);
                sum += v * v;
            }
            return Math.sqrt(sum);
        }
    }

    static Grams extract(String text) {
        int[] codePoints = new int[Math.min(text.length(), MAX_CODE_POINTS) + 2];
        int length = normalise(text, codePoints);
        int grams = gramCount(length);
        int capacity = Integer.highestOneBit(Math.max(8, grams) * 2 - 1) << 1;
        long[] table = new long[capacity];
        int[] slots = new int[capacity];
        int mask = capacity - 1;
        long[] hashes = new long[grams];
        int[] counts = new int[grams];
        int distinct = 0;
        for (int start = 0; start < length; start++) {
            long hash = FNV_OFFSET;
            for (int size = 1; size <= MAX_N && start + size <= length; size++) {
                int codePoint = codePoints[start + size - 1];
                hash = (hash ^ codePoint) * FNV_PRIME;
                if (size < MIN_N || (size == 1 && codePoint == BOUNDARY)) {
                    continue;
                }
                int slot = (int) (hash ^ (hash >>> 29)) & mask;
                while (slots[slot] != 0 && table[slot] != hash) {
                    slot = (slot + 1) & mask;
                }
                if (slots[slot] == 0) {
                    table[slot] = hash;
                    hashes[distinct] = hash;
                    slots[slot] = ++distinct;
                }
                counts[slots[slot] - 1]++;
            }
        }
        return new Grams(hashes, counts, distinct);
    }

    /** Writes the normalised code points of text into target (boundaries included) and returns how many. */
    static int normalise(String text, int[] target) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC);
        int limit = target.length - 1;
        int n = 0;
        target[n++] = BOUNDARY;
        for (int i = 0; i < normalised.length() && n < limit; ) {
            int codePoint = normalised.codePointAt(i);
            i += Character.charCount(codePoint);
            int mapped;
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                mapped = BOUNDARY;
            } else if (Character.isDigit(codePoint)) {
                mapped = '0';
            } else {
                mapped = Character.toLowerCase(codePoint);
            }
            if (mapped == BOUNDARY && target[n - 1] == BOUNDARY) {
                continue;
            }
            target[n++] = mapped;
        }
        if (target[n - 1] != BOUNDARY) {
            target[n++] = BOUNDARY;
        }
        return n;
    }

    private static int gramCount(int length) {
        int count = 0;
        for (int size = MIN_N; size <= MAX_N; size++) {
            count += Math.max(0, length - size + 1);
        }
        return count;
    }
}
