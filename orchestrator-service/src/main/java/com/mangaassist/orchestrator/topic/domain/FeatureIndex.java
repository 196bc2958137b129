package com.mangaassist.orchestrator.topic.domain;

import java.util.Arrays;

/**
 * Column numbers of the model's features by n-gram hash: an open-addressing map from long to int that
 * numbers features 0, 1, 2… in the order they are added.
 */
final class FeatureIndex {

    private static final int ABSENT = -1;

    private long[] keys;
    private int[] columns;
    private int mask;
    private int size;

    FeatureIndex(int expectedSize) {
        allocate(Integer.highestOneBit(Math.max(4, expectedSize) * 2 - 1) << 1);
    }

    /** The column of hash, or -1 when there is no such feature. */
    int column(long hash) {
        int slot = slot(hash);
        int column;
        while ((column = columns[slot]) != ABSENT) {
            if (keys[slot] == hash) {
                return column;
            }
            slot = (slot + 1) & mask;
        }
        return ABSENT;
    }

    /** The column of hash, given the next column if it had none. */
    int add(long hash) {
        int slot = slot(hash);
        int column;
        while ((column = columns[slot]) != ABSENT) {
            if (keys[slot] == hash) {
                return column;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = hash;
        columns[slot] = size;
        if (++size * 2 > keys.length) {
            grow();
        }
        return size - 1;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldColumns = columns;
        allocate(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldColumns[i] != ABSENT) {
                int slot = slot(oldKeys[i]);
                while (columns[slot] != ABSENT) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                columns[slot] = oldColumns[i];
            }
        }
    }

    private void allocate(int capacity) {
        keys = new long[capacity];
        columns = new int[capacity];
        Arrays.fill(columns, ABSENT);
        mask = capacity - 1;
    }

    private int slot(long hash) {
        long h = hash;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) h & mask;
    }
}
