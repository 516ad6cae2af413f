package org.groundtruth.matching;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GreatCircleTest {
    @Test
    void seriesArcSineIsWithinOneUlpOfStrictMath() {
        Random rnd = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            double x = rnd.nextDouble() * 0.01 * (i % 2 == 0 ? 1 : rnd.nextDouble() * rnd.nextDouble());
            double expected = StrictMath.asin(x);
            assertThat(Math.abs(GreatCircle.asin(x) - expected)).as("asin(%s)", x).isLessThanOrEqualTo(Math.ulp(expected));
        }
        assertThat(GreatCircle.asin(0.5)).isEqualTo(StrictMath.asin(0.5));
    }

    @Test
    void oneDegreeOfLatitudeIsWhatPostgisMeasuresOnItsSphere() {
        // SELECT ST_Distance('SRID=4326;POINT(0 0)'::geography, 'SRID=4326;POINT(0 1)'::geography, false) -> 111195.07973463 m
        assertThat(GreatCircle.distanceKm(0, 0, 1, 0) * 1000).isCloseTo(111195.07973463, within(1e-6));
    }

    @Test
    void distanceIsSymmetricBitForBit() {
        Random rnd = new Random(8);
        for (int i = 0; i < 10_000; i++) {
            double lat1 = rnd.nextDouble() * 180 - 90, lon1 = rnd.nextDouble() * 360 - 180;
            double lat2 = lat1 + rnd.nextGaussian() * 0.2, lon2 = lon1 + rnd.nextGaussian() * 0.2;
            if (Math.abs(lat2) > 90 || Math.abs(lon2) > 180) continue;
            assertThat(GreatCircle.distanceKm(lat1, lon1, lat2, lon2)).isEqualTo(GreatCircle.distanceKm(lat2, lon2, lat1, lon1));
        }
    }
}
