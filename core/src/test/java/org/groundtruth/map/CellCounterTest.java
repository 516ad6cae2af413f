package org.groundtruth.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.groundtruth.incident.BoundingBox;
import org.junit.jupiter.api.Test;

class CellCounterTest {

    @Test
    void cellsAreSixtyFourPixelsOfTheMapsTiles() {
        assertThat(new MercatorGrid(0).cellsAcross()).isEqualTo(4);
        assertThat(new MercatorGrid(6).cellsAcross()).isEqualTo(256);
        MercatorGrid z6 = new MercatorGrid(6);
        // Ariha (35.81 N, 36.61 E): 256 columns of 1.40625 degrees; rows by the Mercator projection.
        long ariha = z6.cellOf(35.8126, 36.6096);
        assertThat(z6.columnOfCell(ariha)).isEqualTo(154);
        BoundingBox b = z6.bounds(ariha);
        assertThat(b.contains(35.8126, 36.6096)).isTrue();
        assertThat(b.maxLon() - b.minLon()).isEqualTo(1.40625);
        assertThat(b.maxLat() - b.minLat()).as("a Mercator cell is shorter in degrees of latitude away from the equator").isLessThan(1.40625);
        assertThatThrownBy(() -> new MercatorGrid(21)).hasMessage("zoom 21 is outside 0..20");
    }

    @Test
    void theEdgesOfTheWorldFallInTheOuterCells() {
        MercatorGrid g = new MercatorGrid(3);
        assertThat(g.row(90)).isZero();
        assertThat(g.row(89.9)).isZero();
        assertThat(g.row(-90)).isEqualTo(g.cellsAcross() - 1);
        assertThat(g.column(180)).isEqualTo(g.cellsAcross() - 1);
        assertThat(g.column(-180)).isZero();
        assertThat(g.bounds(g.cellOf(89.9, 0)).maxLat()).isEqualTo(90);
    }

    @Test
    void countsEachPointOnceWithTheMeanAndExtentOfItsCell() {
        CellCounter c = new CellCounter(new MercatorGrid(6));
        c.add(35.8126, 36.6096);
        c.add(35.8, 36.6);
        c.add(34.73, 36.71);
        List<CellCount> cells = c.cells();
        assertThat(c.total()).isEqualTo(3);
        assertThat(cells).extracting(CellCount::count).containsExactlyInAnyOrder(2, 1);
        CellCount ariha = cells.stream().filter(x -> x.count() == 2).findFirst().orElseThrow();
        assertThat(ariha.meanLat()).isCloseTo(35.8063, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ariha.extent()).isEqualTo(new BoundingBox(36.6, 35.8, 36.6096, 35.8126));
    }

    /** The counter (forward projection, hashing) against a scan of every cell's edges (inverse projection), on seeded data. */
    @Test
    void agreesWithABruteForceScanOfCellEdges() {
        Random random = new Random(20151129);
        for (int zoom = 0; zoom <= 9; zoom++) {
            MercatorGrid grid = new MercatorGrid(zoom);
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < 400; i++) points.add(new double[] {random.nextDouble() * 180 - 90, random.nextDouble() * 360 - 180});
            for (int i = 0; i < 200; i++) points.add(new double[] {33 + random.nextDouble() * 4, 35 + random.nextDouble() * 4}); // dense, as Syria is
            for (int i = 0; i < 50; i++) { // exactly on a column's west edge (exact in binary), which belongs to that column
                long cell = grid.cellOf(random.nextDouble() * 160 - 80, random.nextDouble() * 358 - 179);
                BoundingBox b = grid.bounds(cell);
                points.add(new double[] {(b.minLat() + b.maxLat()) / 2, b.minLon()});
            }
            CellCounter counter = new CellCounter(grid);
            for (double[] p : points) counter.add(p[0], p[1]);
            TreeMap<Long, Integer> expected = new TreeMap<>();
            for (double[] p : points) expected.merge(scan(grid, p[0], p[1]), 1, Integer::sum);
            assertThat(counter.cells()).as("zoom " + zoom).extracting(CellCount::cell).containsExactlyElementsOf(expected.keySet());
            assertThat(counter.cells()).as("zoom " + zoom).extracting(CellCount::count).containsExactlyElementsOf(expected.values());
            for (CellCount cc : counter.cells()) {
                BoundingBox b = grid.bounds(cc.cell());
                assertThat(b.contains(cc.extent().minLat(), cc.extent().minLon()) && b.contains(cc.extent().maxLat(), cc.extent().maxLon())).isTrue();
            }
        }
    }

    private static long scan(MercatorGrid grid, double lat, double lon) {
        long n = grid.cellsAcross(), column = -1, row = -1;
        for (long x = 0; x < n && column < 0; x++) {
            BoundingBox b = grid.bounds(x * n);
            if (lon >= b.minLon() && (lon < b.maxLon() || x == n - 1)) column = x;
        }
        for (long y = 0; y < n && row < 0; y++) {
            BoundingBox b = grid.bounds(y);
            if (lat <= b.maxLat() && (lat > b.minLat() || y == n - 1)) row = y;
        }
        return column * n + row;
    }
}
