package org.groundtruth.evidence;

import java.util.HexFormat;

/**
 * A 64-bit DCT perceptual hash of an image (pHash): the signs of the 8x8 lowest frequencies of the 32x32 grey image's
 * discrete cosine transform against their median. Re-encoded, resized or lightly recoloured copies of an image land
 * within a few bits of each other; different pictures differ in about half of the 64 bits (decision 0602).
 */
public record PerceptualHash(long bits) {
    /** Side of the grey image the hash is computed on. */
    public static final int SIZE = 32;
    /** Hashes at most this many bits apart are flagged as near-duplicates. */
    public static final int NEAR_DUPLICATE_MAX_BITS = 10;

    private static final double[][] COSINES = cosines();

    public static PerceptualHash parse(String hex) {
        if (hex == null || hex.length() != 16) throw new IllegalArgumentException("a perceptual hash has 16 hex digits, not '" + hex + "'");
        return new PerceptualHash(HexFormat.fromHexDigitsToLong(hex));
    }

    /**
     * Hashes a {@value #SIZE}x{@value #SIZE} grey image given row by row (luminance, any scale). The caller shrinks
     * the picture to that size first (with smoothing, so that the hash sees shapes, not pixels).
     */
    public static PerceptualHash ofGrey(double[] luminance) {
        if (luminance.length != SIZE * SIZE) {
            throw new IllegalArgumentException("a perceptual hash needs " + SIZE * SIZE + " grey values, not " + luminance.length);
        }
        // Separable 2-D DCT-II, only the 8 lowest frequencies in each direction.
        double[][] rows = new double[SIZE][8];
        for (int y = 0; y < SIZE; y++) {
            for (int u = 0; u < 8; u++) {
                double s = 0;
                for (int x = 0; x < SIZE; x++) s += luminance[y * SIZE + x] * COSINES[u][x];
                rows[y][u] = s;
            }
        }
        double[] coefficients = new double[64];
        for (int v = 0; v < 8; v++) {
            for (int u = 0; u < 8; u++) {
                double s = 0;
                for (int y = 0; y < SIZE; y++) s += rows[y][u] * COSINES[v][y];
                coefficients[v * 8 + u] = s;
            }
        }
        // Median of the 63 AC coefficients (the DC term, the mean brightness, says nothing about shape).
        double[] ac = java.util.Arrays.copyOfRange(coefficients, 1, 64);
        java.util.Arrays.sort(ac);
        double median = ac[ac.length / 2];
        long bits = 0;
        for (int i = 0; i < 64; i++) if (coefficients[i] > median) bits |= 1L << (63 - i);
        return new PerceptualHash(bits);
    }

    private static double[][] cosines() {
        double[][] c = new double[8][SIZE];
        for (int u = 0; u < 8; u++) {
            for (int x = 0; x < SIZE; x++) c[u][x] = Math.cos((2 * x + 1) * u * Math.PI / (2.0 * SIZE));
        }
        return c;
    }

    /** How many of the 64 bits differ. */
    public int distance(PerceptualHash other) {
        return Long.bitCount(bits ^ other.bits);
    }

    public boolean nearDuplicateOf(PerceptualHash other) {
        return distance(other) <= NEAR_DUPLICATE_MAX_BITS;
    }

    public String hex() {
        return HexFormat.of().toHexDigits(bits);
    }

    @Override
    public String toString() {
        return hex();
    }
}
