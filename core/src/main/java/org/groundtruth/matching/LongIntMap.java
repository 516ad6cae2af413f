package org.groundtruth.matching;

import java.util.Arrays;

/** Open-addressing map from non-negative long keys to dense slot numbers 0, 1, 2 ... in order of first insertion. */
final class LongIntMap {
    private static final long EMPTY = -1;
    private long[] keys;
    private int[] slots;
    private int size;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        slots = new int[capacity];
    }

    int size() {
        return size;
    }

    /** The slot of the key, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) return slots[i];
            if (k == EMPTY) return -1;
        }
    }

    /** The slot of the key, assigning the next free slot number when the key is new. */
    int getOrAdd(long key) {
        if (size * 2 >= keys.length) grow();
        int mask = keys.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) return slots[i];
            if (k == EMPTY) {
                keys[i] = key;
                slots[i] = size;
                return size++;
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        slots = new int[keys.length];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == EMPTY) continue;
            int i = mix(oldKeys[j]) & mask;
            while (keys[i] != EMPTY) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            slots[i] = oldSlots[j];
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
