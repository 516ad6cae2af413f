package org.groundtruth.intake.evidence;

import org.groundtruth.evidence.PerceptualHash;

import java.awt.image.BufferedImage;

/** Shrinks a decoded image to the grey square a perceptual hash is computed on. */
public final class Images {
    private Images() {
    }

    public static PerceptualHash perceptualHash(BufferedImage image) {
        return PerceptualHash.ofGrey(greySquare(image, PerceptualHash.SIZE));
    }

    /** Luminance (Rec. 601) averaged over {@code side} x {@code side} boxes covering the image. */
    static double[] greySquare(BufferedImage image, int side) {
        int w = image.getWidth();
        int h = image.getHeight();
        double[] sum = new double[side * side];
        double[] weight = new double[side * side];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            int cy = (int) ((long) y * side / h);
            for (int x = 0; x < w; x++) {
                int rgb = row[x];
                double lum = 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
                int cell = cy * side + (int) ((long) x * side / w);
                sum[cell] += lum;
                weight[cell] += 1;
            }
        }
        for (int i = 0; i < sum.length; i++) sum[i] = weight[i] == 0 ? 0 : sum[i] / weight[i];
        return sum;
    }
}
