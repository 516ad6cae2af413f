package org.groundtruth.publish.report;

import org.groundtruth.place.Coordinates;
import org.groundtruth.publication.PublishedIncident;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.groundtruth.publish.report.Svg.esc;
import static org.groundtruth.publish.report.Svg.n;

/**
 * The report's map as SVG, drawn offline: Natural Earth country outlines (bundled), place names from the gazetteer,
 * each placed incident as a numbered dot inside its precision circle (the radius of uncertainty to scale), a scale
 * bar and the credit line. Equirectangular with the longitude scaled by the cosine of the middle latitude, which
 * keeps distances true to a few percent over a governorate or a country.
 */
public final class MapFigure {
    static final int WIDTH = 800, HEIGHT = 560;
    private static final double KM_PER_DEGREE = 111.32;
    private static List<TopoJson.Country> countries;

    private final double minLon, minLat, maxLon, maxLat, cos, pxPerDegree;

    private MapFigure(double minLon, double minLat, double maxLon, double maxLat) {
        double midLat = (minLat + maxLat) / 2;
        this.cos = Math.cos(Math.toRadians(midLat));
        double spanX = (maxLon - minLon) * cos, spanY = maxLat - minLat;
        double k = Math.min(WIDTH / spanX, HEIGHT / spanY);
        double padX = (WIDTH / k - spanX) / 2 / cos, padY = (HEIGHT / k - spanY) / 2;
        this.minLon = minLon - padX;
        this.maxLon = maxLon + padX;
        this.minLat = minLat - padY;
        this.maxLat = maxLat + padY;
        this.pxPerDegree = k;
    }

    /** The map of these incidents, or null when none is placed. */
    public static String svg(List<PublishedIncident> incidents, List<MapLabel> labels, String title, String credit, String kmWord) {
        List<PublishedIncident> placed = incidents.stream().filter(i -> i.location().point() != null).toList();
        if (placed.isEmpty()) return null;
        double minLon = 180, minLat = 90, maxLon = -180, maxLat = -90;
        for (PublishedIncident i : placed) {
            Coordinates p = i.location().point();
            double rDeg = Math.min(i.location().effectiveRadiusMetres() / 1000.0, 150) / KM_PER_DEGREE;
            minLon = Math.min(minLon, p.lon() - rDeg / Math.cos(Math.toRadians(p.lat())));
            maxLon = Math.max(maxLon, p.lon() + rDeg / Math.cos(Math.toRadians(p.lat())));
            minLat = Math.min(minLat, p.lat() - rDeg);
            maxLat = Math.max(maxLat, p.lat() + rDeg);
        }
        double cx = (minLon + maxLon) / 2, cy = (minLat + maxLat) / 2;
        double halfLat = Math.max((maxLat - minLat) / 2 * 1.15, 0.3); // even one incident gets its surroundings
        double halfLon = Math.max((maxLon - minLon) / 2 * 1.15, 0.3 / Math.cos(Math.toRadians(cy)));
        return new MapFigure(cx - halfLon, cy - halfLat, cx + halfLon, cy + halfLat).draw(incidents, labels, title, credit, kmWord);
    }

    double x(double lon) {
        return (lon - minLon) * cos * pxPerDegree;
    }

    double y(double lat) {
        return (maxLat - lat) * pxPerDegree;
    }

    double pxPerKm() {
        return pxPerDegree / KM_PER_DEGREE;
    }

    private String draw(List<PublishedIncident> incidents, List<MapLabel> labels, String title, String credit, String kmWord) {
        StringBuilder s = new StringBuilder(64 * 1024);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(Svg.n(Svg.WIDTH_MM)).append("mm\" height=\"")
                .append(Svg.n(Svg.WIDTH_MM * HEIGHT / WIDTH)).append("mm")
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\">");
        s.append("<title>").append(esc(title)).append("</title>");
        s.append("<defs><clipPath id=\"frame\"><rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\"/></clipPath></defs>");
        s.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" fill=\"#dcebf5\"/>");
        s.append("<g clip-path=\"url(#frame)\">");
        for (TopoJson.Country c : countries()) {
            if (c.maxLon() < minLon || c.minLon() > maxLon || c.maxLat() < minLat || c.minLat() > maxLat) continue;
            s.append("<path fill=\"#f4f1ea\" stroke=\"#8a8a8a\" stroke-width=\"1\" d=\"");
            for (double[] ring : c.rings()) {
                for (int k = 0; k < ring.length; k += 2) s.append(k == 0 ? 'M' : 'L').append(n(x(ring[k]))).append(' ').append(n(y(ring[k + 1])));
                s.append('Z');
            }
            s.append("\"/>");
        }
        labels(s, labels);
        int number = 0;
        for (PublishedIncident i : incidents) {
            number++;
            if (i.location().point() == null) continue;
            double px = x(i.location().point().lon()), py = y(i.location().point().lat());
            double r = i.location().effectiveRadiusMetres() / 1000.0 * pxPerKm();
            s.append("<circle cx=\"").append(n(px)).append("\" cy=\"").append(n(py)).append("\" r=\"").append(n(Math.max(r, 2)))
                    .append("\" fill=\"#b2182b\" fill-opacity=\"0.12\" stroke=\"#b2182b\" stroke-width=\"1\"/>");
            s.append("<circle cx=\"").append(n(px)).append("\" cy=\"").append(n(py)).append("\" r=\"4\" fill=\"#b2182b\"/>");
            s.append("<text x=\"").append(n(px - 6)).append("\" y=\"").append(n(py - 6)).append("\" text-anchor=\"end\" font-family=\"Noto Sans\" font-size=\"13\" ")
                    .append("font-weight=\"bold\" fill=\"#67000d\">").append(number).append("</text>");
        }
        s.append("</g>");
        scaleBar(s, kmWord);
        s.append("<text x=\"").append(WIDTH - 6).append("\" y=\"").append(HEIGHT - 6)
                .append("\" text-anchor=\"end\" font-family=\"Noto Sans\" font-size=\"11\" fill=\"#444\">").append(esc(credit)).append("</text>");
        s.append("<rect x=\"0.5\" y=\"0.5\" width=\"").append(WIDTH - 1).append("\" height=\"").append(HEIGHT - 1)
                .append("\" fill=\"none\" stroke=\"#555\"/></svg>");
        return s.toString();
    }

    /** Labels in rank order, each kept only if it overlaps no label already drawn. */
    private void labels(StringBuilder s, List<MapLabel> labels) {
        List<double[]> taken = new ArrayList<>();
        int drawn = 0;
        for (MapLabel l : labels.stream().sorted(Comparator.comparingLong(MapLabel::rank).reversed()).toList()) {
            if (drawn >= 25) break;
            double px = x(l.lon()), py = y(l.lat());
            if (px < 10 || px > WIDTH - 10 || py < 14 || py > HEIGHT - 24) continue;
            double w = l.name().length() * 7.0 + 8;
            double[] box = {px - 3, py - 13, px + w, py + 4};
            if (taken.stream().anyMatch(b -> b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3])) continue;
            taken.add(box);
            drawn++;
            s.append("<circle cx=\"").append(n(px)).append("\" cy=\"").append(n(py)).append("\" r=\"2\" fill=\"#333\"/>");
            s.append("<text x=\"").append(n(px + 4)).append("\" y=\"").append(n(py - 3))
                    .append("\" font-family=\"Noto Sans\" font-size=\"12\" fill=\"#222\">").append(esc(l.name())).append("</text>");
        }
    }

    /** A bar of a round length (1, 2 or 5 times a power of ten kilometres) no wider than a quarter of the map. */
    private void scaleBar(StringBuilder s, String kmWord) {
        double maxKm = WIDTH / 4.0 / pxPerKm();
        double step = Math.pow(10, Math.floor(Math.log10(maxKm)));
        double km = maxKm >= 5 * step ? 5 * step : maxKm >= 2 * step ? 2 * step : step;
        double w = km * pxPerKm();
        double x0 = 14, y0 = HEIGHT - 18;
        s.append("<rect x=\"").append(n(x0 - 6)).append("\" y=\"").append(n(y0 - 22)).append("\" width=\"").append(n(w + 60))
                .append("\" height=\"32\" fill=\"#ffffff\" fill-opacity=\"0.8\"/>");
        s.append("<path d=\"M").append(n(x0)).append(' ').append(n(y0 - 6)).append(" V").append(n(y0)).append(" H").append(n(x0 + w))
                .append(" V").append(n(y0 - 6)).append("\" fill=\"none\" stroke=\"#000\" stroke-width=\"2\"/>");
        String label = (km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km)) + " " + kmWord;
        s.append("<text x=\"").append(n(x0)).append("\" y=\"").append(n(y0 - 10)).append("\" font-family=\"Noto Sans\" font-size=\"12\">")
                .append(esc(label)).append("</text>");
    }

    private static synchronized List<TopoJson.Country> countries() {
        if (countries == null) {
            try (InputStream in = MapFigure.class.getResourceAsStream("basemap/countries-50m.json")) {
                if (in == null) throw new IllegalStateException("the bundled basemap basemap/countries-50m.json is missing");
                countries = TopoJson.countries(in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return countries;
    }
}
