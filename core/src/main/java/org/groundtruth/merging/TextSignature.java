package org.groundtruth.merging;

import java.util.Arrays;

/**
 * The words of an incident's reports as the merge engine compares them: the distinct stems that
 * {@link TextNormaliser} made of the texts, as sorted hashes, and the script most of the letters were in.
 * Two signatures are compared only when they share a script: a word-overlap between an Arabic and an English
 * report of the same strike says nothing.
 */
public record TextSignature(Script script, int[] stemHashes) {
    public static final TextSignature EMPTY = new TextSignature(Script.NONE, new int[0]);

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
        stemHashes = stemHashes == null ? new int[0] : stemHashes.clone();
        Arrays.sort(stemHashes);
        for (int k = 1; k < stemHashes.length; k++) {
            if (stemHashes[k] == stemHashes[k - 1]) throw new IllegalArgumentException("stem hashes must be distinct");
        }
    }

    public int size() {
        return stemHashes.length;
    }

    /** Stems both have (a merge of two sorted arrays). */
    public int shared(TextSignature other) {
        int[] a = stemHashes, b = other.stemHashes;
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
        return o instanceof TextSignature t && t.script == script && Arrays.equals(t.stemHashes, stemHashes);
    }

    @Override
    public int hashCode() {
        return script.hashCode() * 31 + Arrays.hashCode(stemHashes);
    }

    @Override
    public String toString() {
        return "TextSignature[" + script + ", " + stemHashes.length + " stems]";
    }
}
