package org.groundtruth.publish.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a TopoJSON topology (the world-atlas country outlines from Natural Earth) into polygon rings of
 * longitude/latitude pairs: arcs are delta-encoded and quantized; a negative arc index {@code ~i} is arc {@code i}
 * reversed.
 */
final class TopoJson {
    /** One country: its name and its rings, each ring an array {lon0, lat0, lon1, lat1, ...}. */
    record Country(String name, List<double[]> rings, double minLon, double minLat, double maxLon, double maxLat) {
    }

    private TopoJson() {
    }

    static List<Country> countries(InputStream in) {
        try {
            JsonNode root = new ObjectMapper().readTree(in);
            JsonNode t = root.path("transform");
            double sx = t.path("scale").path(0).asDouble(1), sy = t.path("scale").path(1).asDouble(1);
            double tx = t.path("translate").path(0).asDouble(0), ty = t.path("translate").path(1).asDouble(0);
            List<double[]> arcs = new ArrayList<>();
            for (JsonNode arc : root.path("arcs")) {
                double[] pts = new double[arc.size() * 2];
                long x = 0, y = 0;
                for (int k = 0; k < arc.size(); k++) {
                    x += arc.get(k).get(0).asLong();
                    y += arc.get(k).get(1).asLong();
                    pts[2 * k] = x * sx + tx;
                    pts[2 * k + 1] = y * sy + ty;
                }
                arcs.add(pts);
            }
            List<Country> out = new ArrayList<>();
            for (JsonNode g : root.path("objects").path("countries").path("geometries")) {
                List<double[]> rings = new ArrayList<>();
                if ("Polygon".equals(g.path("type").asText())) {
                    for (JsonNode ring : g.path("arcs")) rings.add(ring(ring, arcs));
                } else if ("MultiPolygon".equals(g.path("type").asText())) {
                    for (JsonNode poly : g.path("arcs")) for (JsonNode ring : poly) rings.add(ring(ring, arcs));
                }
                if (rings.isEmpty()) continue;
                double minLon = 180, minLat = 90, maxLon = -180, maxLat = -90;
                for (double[] r : rings) {
                    for (int k = 0; k < r.length; k += 2) {
                        minLon = Math.min(minLon, r[k]);
                        maxLon = Math.max(maxLon, r[k]);
                        minLat = Math.min(minLat, r[k + 1]);
                        maxLat = Math.max(maxLat, r[k + 1]);
                    }
                }
                out.add(new Country(g.path("properties").path("name").asText(""), rings, minLon, minLat, maxLon, maxLat));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[] ring(JsonNode indexes, List<double[]> arcs) {
        List<double[]> parts = new ArrayList<>();
        int n = 0;
        for (JsonNode i : indexes) {
            int index = i.asInt();
            double[] a = arcs.get(index < 0 ? ~index : index);
            if (index < 0) a = reversed(a);
            parts.add(a);
            n += a.length;
        }
        double[] out = new double[n];
        int at = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length); // consecutive arcs share an end point; repeating it draws nothing
            at += p.length;
        }
        return out;
    }

    private static double[] reversed(double[] a) {
        double[] r = new double[a.length];
        for (int k = 0; k < a.length; k += 2) {
            r[a.length - 2 - k] = a[k];
            r[a.length - 1 - k] = a[k + 1];
        }
        return r;
    }
}
