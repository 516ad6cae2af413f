package org.groundtruth.placename;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link LabelZooms} against the pairwise rule it indexes, on seeded random places, dense and sparse. */
class LabelZoomsOracleTest {

    /** The rule itself: every larger place whose box overlaps at the zoom it is named from pushes p to where they part. */
    static int[] oracle(double[] x, double[] y, double[] width, int[] firstZoom, int[] order) {
        int[] from = new int[x.length];
        java.util.Arrays.fill(from, LabelZooms.NEVER);
        for (int k = 0; k < order.length; k++) {
            int p = order[k];
            if (firstZoom[p] > LabelZooms.MAX_ZOOM) continue;
            int zoom = Math.max(0, firstZoom[p]);
            for (int m = 0; m < k; m++) {
                int q = order[m];
                if (from[q] == LabelZooms.NEVER) continue;
                int apart = LabelZooms.separationZoom(x[p] - x[q], y[p] - y[q], (width[p] + width[q]) / 2);
                if (apart > from[q]) zoom = Math.max(zoom, apart);
            }
            if (zoom <= LabelZooms.MAX_ZOOM) from[p] = zoom;
        }
        return from;
    }

    @Test
    void theIndexAgreesWithThePairwiseRule() {
        for (long seed = 1; seed <= 12; seed++) {
            Random r = new Random(seed);
            int n = 300 + r.nextInt(1500);
            // seeds alternate between a country-sized area and a town-sized one, with duplicates and clusters
            double spread = seed % 2 == 0 ? 5.0 : 0.05;
            double[] x = new double[n], y = new double[n], width = new double[n];
            int[] first = new int[n], order = new int[n];
            for (int i = 0; i < n; i++) {
                double lat = 35 + r.nextGaussian() * spread, lon = 37 + r.nextGaussian() * spread;
                if (i > 0 && r.nextInt(20) == 0) { // the same point twice: one of them is never named
                    x[i] = x[i - 1];
                    y[i] = y[i - 1];
                } else {
                    x[i] = LabelZooms.mercatorX(lon);
                    y[i] = LabelZooms.mercatorY(lat);
                }
                width[i] = 20 + r.nextDouble() * (LabelZooms.MAX_WIDTH_PX - 20);
                first[i] = r.nextInt(25) == 0 ? LabelZooms.NEVER : 3 + r.nextInt(11);
                order[i] = i;
            }
            for (int i = n - 1; i > 0; i--) { // any order: the engine takes the caller's
                int j = r.nextInt(i + 1), t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            assertThat(LabelZooms.shownFrom(x, y, width, first, order)).as("seed %d", seed).containsExactly(oracle(x, y, width, first, order));
        }
    }

    @Test
    void namesNeverOverlapAtAnyZoomAndTheLargerPlaceWins() {
        // Two towns 5 km apart: the larger is named from its first zoom, the smaller only where their boxes part.
        double[] x = {LabelZooms.mercatorX(36.61), LabelZooms.mercatorX(36.65)};
        double[] y = {LabelZooms.mercatorY(35.81), LabelZooms.mercatorY(35.81)};
        int[] from = LabelZooms.shownFrom(x, y, new double[]{110, 110}, new int[]{6, 6}, new int[]{1, 0});
        assertThat(from[1]).isEqualTo(6);
        assertThat(from[0]).isGreaterThan(6).isEqualTo(LabelZooms.separationZoom(x[0] - x[1], 0, 110));
        // 0.04 degrees of longitude are 29 pixels at zoom 10 and 117 at zoom 12 (two boxes 110 wide): apart from zoom 12
        assertThat(from[0]).isEqualTo(12);
        // shorter names part sooner: two boxes 50 wide are apart from zoom 11 (58 pixels)
        assertThat(LabelZooms.shownFrom(x, y, new double[]{50, 50}, new int[]{6, 6}, new int[]{1, 0})[0]).isEqualTo(11);
    }
}
