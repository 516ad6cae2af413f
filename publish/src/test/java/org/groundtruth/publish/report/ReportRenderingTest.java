package org.groundtruth.publish.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.groundtruth.publication.ReportDocument;
import org.groundtruth.publication.ReportLanguage;
import org.junit.jupiter.api.Test;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report pipeline end to end on hand-made values: XHTML → PDF/A-3a tagged for PDF/UA, checked by veraPDF (a
 * real validator), with its attachments read back; pages rendered to PNG under target/report-png to look at.
 */
class ReportRenderingTest {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static byte[] pdf(ReportDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportRenderer(ReportForTest.labels()).pdf(doc, out);
        return out.toByteArray();
    }

    static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()).distinct().toList();
        }
    }

    @Test
    void anEnglishReportIsValidPdfA3aAndPdfUa() throws Exception {
        byte[] pdf = pdf(ReportForTest.of(ReportLanguage.EN));
        save("report-en", pdf);
        assertThat(failures(pdf, PDFAFlavour.PDFA_3_A)).as("veraPDF PDF/A-3a").isEmpty();
        assertThat(failures(pdf, PDFAFlavour.PDFUA_1)).as("veraPDF PDF/UA-1").isEmpty();
        String text = text(pdf);
        assertThat(text).contains("Civilians under fire").contains("Strike on Ariha market").contains("40–49")
                .contains("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08").contains("Russian Ministry of Defence");
    }

    @Test
    void anArabicReportRunsRightToLeftWithItsFontAndIsValid() throws Exception {
        byte[] pdf = pdf(ReportForTest.of(ReportLanguage.AR));
        save("report-ar", pdf);
        assertThat(failures(pdf, PDFAFlavour.PDFA_3_A)).as("veraPDF PDF/A-3a").isEmpty();
        assertThat(failures(pdf, PDFAFlavour.PDFUA_1)).as("veraPDF PDF/UA-1").isEmpty();
        String text = Normalizer.normalize(text(pdf), Normalizer.Form.NFKC);
        assertThat(text).contains("الملخص").contains("المنهجية");
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String fonts = d.getPages().get(0).getResources().getFontNames().toString();
            assertThat(d.getPage(0).getResources().getFontNames()).isNotEmpty();
            StringBuilder names = new StringBuilder();
            for (var name : d.getPage(0).getResources().getFontNames()) names.append(d.getPage(0).getResources().getFont(name).getName()).append(' ');
            assertThat(names.toString()).as(fonts).contains("NotoNaskhArabic");
        }
    }

    /** The validator can fail: a PDF made without the archival and accessibility options is refused by both profiles. */
    @Test
    void veraPdfRefusesAPlainPdf() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var b = new com.openhtmltopdf.pdfboxout.PdfRendererBuilder();
        b.withHtmlContent("<html><head><title>x</title></head><body><p>plain</p></body></html>", null);
        b.toStream(out);
        b.run();
        assertThat(failures(out.toByteArray(), PDFAFlavour.PDFA_3_A)).isNotEmpty();
        assertThat(failures(out.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
    }

    @Test
    void theIncidentsAreAttachedAsCsvAndGeoJson() throws Exception {
        ReportDocument doc = ReportForTest.of(ReportLanguage.EN);
        byte[] pdf = pdf(doc);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = d.getDocumentCatalog().getNames();
            Map<String, PDComplexFileSpecification> files = names.getEmbeddedFiles().getNames();
            assertThat(files).containsKeys("incidents.csv", "incidents.geojson");
            String csv = new String(files.get("incidents.csv").getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
            assertThat(csv).startsWith("event_id_cnty,").contains("amkt3ariha0000a1");
            assertThat(files.get("incidents.csv").getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Data");
            assertThat(d.getDocumentCatalog().getCOSObject().getCOSArray(org.apache.pdfbox.cos.COSName.getPDFName("AF"))).hasSize(2);
            assertThat(failures(pdf, PDFAFlavour.PDFA_3_A)).as("still PDF/A-3a with the attachments").isEmpty();
        }
    }

    static void save(String name, byte[] pdf) throws Exception {
        Path dir = Path.of("target", "report-png");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFRenderer r = new PDFRenderer(d);
            for (int p = 0; p < d.getNumberOfPages(); p++) {
                ImageIO.write(r.renderImageWithDPI(p, 70), "png", dir.resolve(name + "-p" + (p + 1) + ".png").toFile());
            }
        }
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }
}
