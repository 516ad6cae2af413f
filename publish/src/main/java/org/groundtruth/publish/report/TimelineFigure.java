package org.groundtruth.publish.report;

import org.groundtruth.publication.PublishedIncident;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;

import static org.groundtruth.publish.report.Svg.esc;
import static org.groundtruth.publish.report.Svg.n;

/**
 * The timeline chart as SVG: incidents per day (a period up to 92 days), per week (up to two years) or per month,
 * by the first day of each incident's window; bars for incidents, and ticks with dates. A window wider than one bar
 * (a week, a month) is drawn as a thin line under the axis so that uncertain dates are not passed off as exact.
 */
public final class TimelineFigure {
    static final int WIDTH = 800, HEIGHT = 260;
    private static final int LEFT = 40, RIGHT = 12, TOP = 28, AXIS = 200;

    private TimelineFigure() {
    }

    public static String svg(List<PublishedIncident> incidents, String title, String countWord) {
        if (incidents.isEmpty()) return null;
        LocalDate first = incidents.stream().map(i -> i.date().firstDay()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = incidents.stream().map(i -> i.date().lastDay()).max(LocalDate::compareTo).orElseThrow();
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        ChronoUnit unit = days <= 92 ? ChronoUnit.DAYS : days <= 730 ? ChronoUnit.WEEKS : ChronoUnit.MONTHS;
        LocalDate start = floor(first, unit);
        int buckets = (int) unit.between(start, floor(last, unit)) + 1;
        int[] count = new int[buckets];
        for (PublishedIncident i : incidents) count[(int) unit.between(start, floor(i.date().firstDay(), unit))]++;
        int max = 1;
        for (int c : count) max = Math.max(max, c);
        double barW = (WIDTH - LEFT - RIGHT) / (double) buckets;
        double perIncident = (AXIS - TOP) / (double) max;

        StringBuilder s = new StringBuilder(16 * 1024);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(Svg.n(Svg.WIDTH_MM)).append("mm\" height=\"")
                .append(Svg.n(Svg.WIDTH_MM * HEIGHT / WIDTH)).append("mm")
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\"><title>")
                .append(esc(title)).append("</title>");
        s.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" fill=\"#ffffff\"/>");
        for (int k = 0; k < buckets; k++) {
            if (count[k] == 0) continue;
            double h = count[k] * perIncident;
            s.append("<rect x=\"").append(n(LEFT + k * barW + barW * 0.1)).append("\" y=\"").append(n(AXIS - h)).append("\" width=\"")
                    .append(n(Math.max(barW * 0.8, 1))).append("\" height=\"").append(n(h)).append("\" fill=\"#b2182b\"/>");
        }
        int row = 0;
        for (PublishedIncident i : incidents) {
            long spanDays = ChronoUnit.DAYS.between(i.date().firstDay(), i.date().lastDay()) + 1;
            if (spanDays <= 1) continue;
            double x0 = LEFT + ChronoUnit.DAYS.between(start, i.date().firstDay()) * barW / unitDays(unit);
            double x1 = LEFT + (ChronoUnit.DAYS.between(start, i.date().lastDay()) + 1) * barW / unitDays(unit);
            double y = AXIS + 6 + (row++ % 4) * 3;
            s.append("<line x1=\"").append(n(x0)).append("\" y1=\"").append(n(y)).append("\" x2=\"").append(n(x1)).append("\" y2=\"").append(n(y))
                    .append("\" stroke=\"#ef8a62\" stroke-width=\"2\"/>");
        }
        s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(AXIS).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"")
                .append(AXIS).append("\" stroke=\"#000\"/>");
        s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT).append("\" y2=\"").append(AXIS)
                .append("\" stroke=\"#000\"/>");
        s.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(TOP + 10).append("\" text-anchor=\"end\" font-family=\"Noto Sans\" font-size=\"12\">")
                .append(max).append("</text>");
        s.append("<text x=\"").append(LEFT).append("\" y=\"").append(TOP - 12).append("\" font-family=\"Noto Sans\" font-size=\"12\" fill=\"#444\">")
                .append(esc(countWord)).append("</text>");
        int ticks = Math.min(buckets, 8);
        for (int t = 0; t < ticks; t++) {
            int k = (int) Math.round(t * (buckets - 1) / (double) Math.max(ticks - 1, 1));
            LocalDate d = start.plus(k, unit);
            double x = LEFT + k * barW + barW / 2;
            s.append("<line x1=\"").append(n(x)).append("\" y1=\"").append(AXIS).append("\" x2=\"").append(n(x)).append("\" y2=\"").append(AXIS + 4)
                    .append("\" stroke=\"#000\"/>");
            String anchor = ticks > 1 && t == 0 ? "start" : ticks > 1 && t == ticks - 1 ? "end" : "middle";
            s.append("<text x=\"").append(n(x)).append("\" y=\"").append(AXIS + 32).append("\" text-anchor=\"").append(anchor).append("\" font-family=\"Noto Sans\" ")
                    .append("font-size=\"12\">").append(unit == ChronoUnit.MONTHS ? d.toString().substring(0, 7) : d.toString()).append("</text>");
        }
        s.append("</svg>");
        return s.toString();
    }

    private static LocalDate floor(LocalDate d, ChronoUnit unit) {
        return switch (unit) {
            case WEEKS -> d.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).with(java.time.DayOfWeek.MONDAY);
            case MONTHS -> d.withDayOfMonth(1);
            default -> d;
        };
    }

    private static double unitDays(ChronoUnit unit) {
        return switch (unit) {
            case WEEKS -> 7;
            case MONTHS -> 30.44;
            default -> 1;
        };
    }
}
