package org.groundtruth.publish.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.groundtruth.publication.ReportDocument;
import org.groundtruth.publish.dataset.CsvExport;
import org.groundtruth.publish.dataset.GeoJsonExport;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link ReportDocument} as PDF/A-3a, tagged for PDF/UA (openhtmltopdf on PDFBox, decision 0900), with the
 * report's incidents embedded as CSV and GeoJSON attachments; or as one self-contained HTML file with the same
 * content, its fonts and attachments inside. Fonts are the bundled Noto Sans and Noto Naskh Arabic; nothing is
 * fetched from anywhere.
 */
public final class ReportRenderer {
    static final String[][] FONTS = {
            {"NotoSans-Regular.ttf", "Noto Sans", "400"}, {"NotoSans-Bold.ttf", "Noto Sans", "700"},
            {"NotoNaskhArabic-Regular.ttf", "Noto Naskh Arabic", "400"}, {"NotoNaskhArabic-Bold.ttf", "Noto Naskh Arabic", "700"}};

    private final List<MapLabel> labels;

    /** @param labels place names for the map (from the gazetteer) */
    public ReportRenderer(List<MapLabel> labels) {
        this.labels = List.copyOf(labels);
    }

    public void pdf(ReportDocument doc, OutputStream out) {
        Map<String, byte[]> files = attachments(doc);
        String xhtml = new HtmlReport(doc, labels, HtmlReport.Target.PDF, Map.of()).xhtml("");
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
        b.usePdfUaAccessibility(true);
        b.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        for (String[] f : FONTS) {
            b.useFont(() -> font(f[0]), f[1], Integer.parseInt(f[2]), BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        b.useSVGDrawer(new BatikSVGDrawer());
        b.useUnicodeBidiSplitter(new IcuBidi.SplitterFactory());
        b.useUnicodeBidiReorderer(new IcuBidi.Reorderer());
        b.defaultTextDirection(doc.language().rightToLeft() ? BaseRendererBuilder.TextDirection.RTL : BaseRendererBuilder.TextDirection.LTR);
        b.withProducer("Groundtruth");
        b.withHtmlContent(xhtml, null);
        ByteArrayOutputStream rendered = new ByteArrayOutputStream(1 << 20);
        b.toStream(rendered);
        try {
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Calendar day = GregorianCalendar.from(doc.generatedOn().atStartOfDay(ZoneOffset.UTC));
        PdfAttachments.embed(rendered.toByteArray(), List.of(
                new PdfAttachments.Attachment("incidents.csv", "text/csv", "The report's incidents, CSV with ACLED-compatible columns", files.get("incidents.csv")),
                new PdfAttachments.Attachment("incidents.geojson", "application/geo+json", "The report's incidents, GeoJSON", files.get("incidents.geojson"))),
                day, out);
    }

    public void html(ReportDocument doc, OutputStream out) {
        Map<String, String> hrefs = new LinkedHashMap<>();
        attachments(doc).forEach((name, bytes) -> hrefs.put(name, "data:" + (name.endsWith(".csv") ? "text/csv" : "application/geo+json")
                + ";charset=utf-8;base64," + Base64.getEncoder().encodeToString(bytes)));
        StringBuilder faces = new StringBuilder();
        for (String[] f : FONTS) {
            faces.append("@font-face { font-family: '").append(f[1]).append("'; font-weight: ").append(f[2])
                    .append("; src: url(data:font/ttf;base64,").append(Base64.getEncoder().encodeToString(fontBytes(f[0]))).append(") format('truetype'); }\n");
        }
        String xhtml = new HtmlReport(doc, labels, HtmlReport.Target.HTML, hrefs).xhtml(faces.toString());
        try {
            out.write(xhtml.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report's incidents as the files embedded in it. */
    static Map<String, byte[]> attachments(ReportDocument doc) {
        ByteArrayOutputStream csv = new ByteArrayOutputStream(), geojson = new ByteArrayOutputStream();
        new CsvExport(false).write(doc.incidents().iterator(), csv);
        new GeoJsonExport().write(doc.incidents().iterator(), geojson);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("incidents.csv", csv.toByteArray());
        files.put("incidents.geojson", geojson.toByteArray());
        return files;
    }

    private static InputStream font(String file) {
        InputStream in = ReportRenderer.class.getResourceAsStream("fonts/" + file);
        if (in == null) throw new IllegalStateException("the bundled font fonts/" + file + " is missing");
        return in;
    }

    private static byte[] fontBytes(String file) {
        try (InputStream in = font(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
