package org.groundtruth.publish.report;

import org.groundtruth.publication.PublishedIncident;
import org.groundtruth.publish.PublishedForTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class MapFigureTest {
    @Test
    void everyPlacedIncidentAndItsCircleIsInsideTheFrame() {
        String svg = MapFigure.svg(PublishedForTest.three(), ReportForTest.labels(), "t", "c", "km");
        Matcher m = Pattern.compile("<circle cx=\"([\\d.]+)\" cy=\"([\\d.]+)\" r=\"([\\d.]+)\" fill=\"#b2182b\" fill-opacity").matcher(svg);
        int circles = 0;
        while (m.find()) {
            circles++;
            double x = Double.parseDouble(m.group(1)), y = Double.parseDouble(m.group(2)), r = Double.parseDouble(m.group(3));
            assertThat(x - r).isGreaterThanOrEqualTo(0);
            assertThat(x + r).isLessThanOrEqualTo(MapFigure.WIDTH);
            assertThat(y - r).isGreaterThanOrEqualTo(0);
            assertThat(y + r).isLessThanOrEqualTo(MapFigure.HEIGHT);
        }
        assertThat(circles).as("the two placed incidents; the withheld one has no point").isEqualTo(2);
        assertThat(svg).contains(">Ariha</text>").contains(">Latamneh</text>");
    }

    @Test
    void theScaleBarIsARoundNumberOfKilometresAtTheMapsScale() {
        String svg = MapFigure.svg(List.of(PublishedForTest.ariha()), ReportForTest.labels(), "t", "c", "km");
        Matcher m = Pattern.compile("H([\\d.]+) V[\\d.]+\" fill=\"none\" stroke=\"#000\"").matcher(svg);
        assertThat(m.find()).isTrue();
        Matcher label = Pattern.compile(">(\\d+) km</text>").matcher(svg);
        assertThat(label.find()).isTrue();
        int km = Integer.parseInt(label.group(1));
        assertThat(String.valueOf(km)).matches("[125]0*");
        double barPx = Double.parseDouble(m.group(1)) - 14;
        // Ariha's 5 km circle at the same scale: radius px / 5 km = bar px / km
        Matcher c = Pattern.compile("r=\"([\\d.]+)\" fill=\"#b2182b\" fill-opacity").matcher(svg);
        assertThat(c.find()).isTrue();
        assertThat(barPx / km).isCloseTo(Double.parseDouble(c.group(1)) / 5.0, org.assertj.core.data.Percentage.withPercentage(2));
    }

    @Test
    void noPlacedIncidentMeansNoMap() {
        List<PublishedIncident> none = List.of(PublishedForTest.acledOnly());
        assertThat(MapFigure.svg(none, List.of(), "t", "c", "km")).isNull();
    }
}
