package org.groundtruth.merging;

import java.util.Arrays;

/**
 * The words of an incident's reports as the merge engine compares them: the distinct stems that
 * {@link TextNormaliser} made of the texts, as sorted hashes, and the script most of the letters were in; and the
 * tokens that survive translation (numbers, and the consonant skeletons of names, Arabic transliterated), as sorted
 * hashes. Stems are compared only when both texts share a script: a word-overlap between an Arabic and an English
 * report of the same strike says nothing; the bridge tokens are compared across scripts (decision 0547).
 */
public record TextSignature(Script script, int[] stemHashes, int[] bridgeHashes) {
    public static final TextSignature EMPTY = new TextSignature(Script.NONE, new int[0], new int[0]);

    public enum Script {
        NONE, LATIN, ARABIC, CYRILLIC;

        public String language() {
            return switch (this) {
                case LATIN -> "Latin-script";
                case ARABIC -> "Arabic";
                case CYRILLIC -> "Cyrillic (Ukrainian)";
                case NONE -> "no";
            };
        }
    }

    public TextSignature {
        if (script == null) throw new IllegalArgumentException("script is missing");
        stemHashes = sortedDistinct(stemHashes, "stem");
        bridgeHashes = sortedDistinct(bridgeHashes, "bridge");
    }

    /** Stems only, no bridge tokens. */
    public TextSignature(Script script, int[] stemHashes) {
        this(script, stemHashes, new int[0]);
    }

    private static int[] sortedDistinct(int[] hashes, String what) {
        int[] out = hashes == null ? new int[0] : hashes.clone();
        Arrays.sort(out);
        for (int k = 1; k < out.length; k++) {
            if (out[k] == out[k - 1]) throw new IllegalArgumentException(what + " hashes must be distinct");
        }
        return out;
    }

    /** Tokens both have that survive translation (numbers, transliterated names). */
    public int sharedBridge(TextSignature other) {
        return sharedOf(bridgeHashes, other.bridgeHashes);
    }

    public int size() {
        return stemHashes.length;
    }

    /** Stems both have (a merge of two sorted arrays). */
    public int shared(TextSignature other) {
        return sharedOf(stemHashes, other.stemHashes);
    }

    private static int sharedOf(int[] a, int[] b) {
        int i = 0, j = 0, n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) i++;
            else j++;
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TextSignature t && t.script == script && Arrays.equals(t.stemHashes, stemHashes)
                && Arrays.equals(t.bridgeHashes, bridgeHashes);
    }

    @Override
    public int hashCode() {
        return script.hashCode() * 31 + Arrays.hashCode(stemHashes);
    }

    @Override
    public String toString() {
        return "TextSignature[" + script + ", " + stemHashes.length + " stems, " + bridgeHashes.length + " bridge tokens]";
    }
}
