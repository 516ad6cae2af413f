package org.groundtruth.intake;

/**
 * Remembers, for every origin key seen in a file, the line it was first on and its content, in 24 bytes a key
 * (a million rows: about 50 MB at worst), so that one file saying two different things about one record is
 * caught while the file is read. Keys and contents are compared by 64-bit hashes; a false alarm needs a
 * collision of both, which will not happen in practice.
 */
final class KeyIndex {
    private long[] keys = new long[1 << 12];
    private long[] contents = new long[1 << 12];
    private long[] lines = new long[1 << 12];
    private int size;

    /** The line the key was first seen on when its content differs now; 0 when new or identical. */
    long firstLineIfDifferent(String key, String contentHashHex, long line) {
        long k = hash64(key);
        if (k == 0) k = 1; // 0 marks an empty slot
        long c = Long.parseUnsignedLong(contentHashHex.substring(0, 15), 16);
        int mask = keys.length - 1;
        for (int i = (int) (mix(k) & mask); ; i = (i + 1) & mask) {
            if (keys[i] == 0) {
                keys[i] = k;
                contents[i] = c;
                lines[i] = line;
                if (++size * 2 > keys.length) grow();
                return 0;
            }
            if (keys[i] == k) return contents[i] == c ? 0 : lines[i];
        }
    }

    private void grow() {
        long[] oldKeys = keys, oldContents = contents, oldLines = lines;
        keys = new long[oldKeys.length * 2];
        contents = new long[keys.length];
        lines = new long[keys.length];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] == 0) continue;
            int i = (int) (mix(oldKeys[j]) & mask);
            while (keys[i] != 0) i = (i + 1) & mask;
            keys[i] = oldKeys[j];
            contents[i] = oldContents[j];
            lines[i] = oldLines[j];
        }
    }

    /** FNV-1a over the UTF-16 units: 64 bits, cheap, good enough spread for ids. */
    private static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        return x;
    }
}
