package org.groundtruth.app.publication;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.groundtruth.app.testimony.KeyFiles;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.incident.Source;
import org.groundtruth.place.Coordinates;
import org.groundtruth.review.IncidentReviews;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.testimony.Consent;
import org.groundtruth.testimony.Statement;
import org.groundtruth.testimony.TestimonyKey;
import org.groundtruth.testimony.TestimonyLedger;
import org.groundtruth.testimony.WitnessIdentity;
import org.groundtruth.testimony.WitnessProtection;
import org.groundtruth.warning.Post;
import org.groundtruth.warning.SightingLedger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * report build as a user runs it, in-process, on a real SQLite store with sealed testimony, a spotter and a draft: the
 * PDF and the HTML hold the published incidents and the consented quote, and none of the protected values (the leak
 * test for reports); refusals name what is wrong and write nothing.
 */
class ReportCommandTest {
    static final String WITNESS = "Farida Leakwitness";
    static final String CONTACT = "+963 944 123 456";
    static final String SPOTTER = "Spotter Nightjar";
    static final String POST = "Tell Leakpost";
    static final String DRAFT = "Qwertyville";
    static final String INTERNAL = "Internal statement about the Zzyzx convoy";
    static final String CONFIDENTIAL = "Confidential Monitor Zeta";
    static final List<String> SECRETS = List.of(WITNESS, CONTACT, SPOTTER, POST, DRAFT, INTERNAL, "Zzyzx", CONFIDENTIAL, "zeta.example.org", "R. Interviewer");

    @TempDir
    Path dir;
    Path keyFile;
    Incident ariha;
    Incident talbiseh;
    Incident draft;

    private Path data() {
        return dir.resolve("data");
    }

    @BeforeEach
    void seed() {
        keyFile = dir.resolve("testimony.key");
        KeyFiles.create(keyFile, List.of(TestimonyKey.generate(new SecureRandom())));
        try (JdbcStore store = JdbcStore.sqlite(data())) {
            ariha = publish(store, IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Market in Ariha").in("Ariha", "Idlib")
                    .hitting(CivilianObject.MARKET).killed(40, 49).summary("A crowded market was struck at midday.")
                    .from(new Source("SOHR", "ucdp-ged", "https://ucdp.example.org/1")), "ucdp-ged:1");
            talbiseh = publish(store, IncidentForTest.at(34.73, 36.72).on("2015-10-15").titled("Bakery in Talbiseh").in("Talbiseh", "Homs")
                    .from(new Source(CONFIDENTIAL, "zeta-monitor", "https://zeta.example.org/7")), "zeta:7");
            IncidentForTest d = IncidentForTest.at(35.9, 36.6).on("2015-11-20").titled("Strike at " + DRAFT).in(DRAFT, "Idlib");
            draft = store.incidents().create(d.facts(), List.of(d.report("x:3")), ChangeNote.system("test"));
            WitnessProtection p = WitnessProtection.open(store.port(TestimonyLedger.PORT), KeyFiles.read(keyFile));
            p.add(ariha.id(), new Statement("Witness A, Ariha", "R. Interviewer", LocalDate.of(2015, 12, 2), "en",
                    "The market was full when the first bomb fell.", Consent.PUBLISH_ANONYMISED), new WitnessIdentity(WITNESS, CONTACT));
            p.add(ariha.id(), new Statement("Witness B, Ariha", "R. Interviewer", LocalDate.of(2015, 12, 3), "en", INTERNAL, Consent.INTERNAL_ONLY),
                    new WitnessIdentity("Someone Else Entirely", null));
            store.port(SightingLedger.PORT).addSpotter(SPOTTER, List.of(new Post(POST, new Coordinates(35.5, 36.0))), "b".repeat(64));
        }
    }

    private static Incident publish(JdbcStore store, IncidentForTest i, String originKey) {
        Incident d = store.incidents().create(i.facts(), List.of(i.report(originKey)), ChangeNote.system("test"));
        store.port(IncidentReviews.PORT).move(d.id(), IncidentStatus.IN_REVIEW, null, ChangeNote.system("test"));
        return store.port(IncidentReviews.PORT).move(d.id(), IncidentStatus.PUBLISHED, null, ChangeNote.system("test"));
    }

    private ExportCommandTest.Run build(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("report", "build", "--data", data().toString(), "--key-file", keyFile.toString()));
        args.addAll(List.of(more));
        return ExportCommandTest.run(args.toArray(String[]::new));
    }

    static String pdfText(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            // Arabic comes out in presentation forms; NFKC gives the letters back (decision 0900)
            return Normalizer.normalize(new PDFTextStripper().getText(d), Normalizer.Form.NFKC);
        }
    }

    private static void assertNoSecret(String what, String text) {
        for (String s : SECRETS) assertThat(text).as(what + " must not contain '" + s + "'").doesNotContainIgnoringCase(s);
    }

    @Test
    void buildsAPdfAndAnHtmlReportWithNothingProtectedInThem() throws Exception {
        Files.writeString(dir.resolve("intro.txt"), "We documented attacks on a market and a bakery.");
        Files.writeString(dir.resolve("recs.txt"), "Stop attacking markets.\n\nInvestigate these strikes.");
        Path pdf = dir.resolve("report.pdf");
        ExportCommandTest.Run r = build("--title", "Civilians under fire", "--filter", "from=2015-09-30;to=2015-11-29", "--out", pdf.toString(),
                "--introduction", dir.resolve("intro.txt").toString(), "--recommendations", dir.resolve("recs.txt").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote ").contains("(pdf, 2 incidents");
        String text = pdfText(pdf);
        assertThat(text).contains("Civilians under fire").contains("Market in Ariha").contains("Bakery in Talbiseh")
                .contains("The market was full when the first bomb fell.").contains("Witness A, Ariha").contains("Investigate these strikes.")
                .contains(ariha.publicId());
        assertNoSecret("the PDF's text", text);
        assertNoSecret("the PDF's bytes", new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1));
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertThat(d.getDocumentCatalog().getMetadata()).as("PDF/A carries XMP metadata").isNotNull();
            assertThat(d.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()).containsKeys("incidents.csv", "incidents.geojson");
        }

        keep(pdf, "report-en.pdf");
        Path html = dir.resolve("report.html");
        ExportCommandTest.Run ar = build("--title", "غارات على المدنيين", "--lang", "ar", "--out", html.toString());
        assertThat(ar.exit()).as(ar.err()).isZero();
        String page = Files.readString(html);
        assertThat(page).contains("dir=\"rtl\"").contains("غارات على المدنيين").contains("Market in Ariha");
        assertNoSecret("the HTML", page);
        assertThat(page).doesNotContain("src=\"http").doesNotContain("href=\"http://"); // self-contained: nothing fetched
        keep(html, "report-ar.html");
    }

    /** A copy under target/reports, to look at (never a tracked file). */
    static void keep(Path file, String name) throws java.io.IOException {
        Path dir = Path.of("target/reports");
        Files.createDirectories(dir);
        Files.copy(file, dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void refusesNamingEveryReasonAndWritesNothing() throws Exception {
        Path out = dir.resolve("refused.pdf");
        ExportCommandTest.Run withDraft = build("--title", "T", "--filter", "ids=" + ariha.publicId() + "," + draft.publicId(), "--out", out.toString());
        assertThat(withDraft.exit()).isEqualTo(2);
        assertThat(withDraft.err()).contains("the report was refused, nothing was written").contains("incident " + draft.publicId())
                .contains("it is draft, not published");
        Files.writeString(dir.resolve("intro.txt"), "We spoke to " + WITNESS + " in Ariha.");
        ExportCommandTest.Run named = build("--title", "T", "--out", out.toString(), "--introduction", dir.resolve("intro.txt").toString());
        assertThat(named.exit()).isEqualTo(2);
        assertThat(named.err()).contains("introduction").contains("protected name").doesNotContain(WITNESS);
        ExportCommandTest.Run none = build("--title", "T", "--filter", "governorate=Raqqa", "--out", out.toString());
        assertThat(none.err()).contains("no published incident matches the selection (governorate raqqa); nothing was written");
        assertThat(build("--title", "T", "--out", dir.resolve("report.docx").toString()).err()).contains("must end in .pdf");
        assertThat(build("--title", "T", "--lang", "fr", "--out", out.toString()).err()).contains("--lang: 'fr' is not en or ar");
        ExportCommandTest.Run noKey = ExportCommandTest.run("report", "build", "--data", data().toString(), "--title", "T", "--out", out.toString());
        assertThat(noKey.err()).contains("no testimony key was given");
        assertThat(out).doesNotExist();
    }

    private ExportCommandTest.Run report(String sub, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("report", sub, "--data", data().toString()));
        if (List.of("review", "render").contains(sub)) args.addAll(List.of("--key-file", keyFile.toString()));
        args.addAll(List.of(more));
        return ExportCommandTest.run(args.toArray(String[]::new));
    }

    /**
     * A stored report's whole life from the command line, as /api/reports has it: created with a narrative, edited
     * against its revision, refused while it names a draft incident (nothing frozen), submitted, published (frozen,
     * the file written byte for byte with the digest shown), revised, withdrawn with a reason.
     */
    @Test
    void aStoredReportIsCreatedEditedPublishedRenderedAndWithdrawn() throws Exception {
        Path narrative = dir.resolve("ariha.txt");
        Files.writeString(narrative, "Our own account of the market strike, checked against three videos.");
        ExportCommandTest.Run created = report("create", "--title", "Markets under fire", "--filter", "ids=" + ariha.publicId() + "," + draft.publicId(),
                "--narrative", ariha.publicId() + "=" + narrative);
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(created.out()).contains("report 1: draft, revision 1");
        assertThat(report("edit", "1", "--revision", "7", "--title", "X").err()).contains("report 1:").contains("revision");
        ExportCommandTest.Run submitted = report("review", "1", "--to", "in_review");
        assertThat(submitted.out()).as(submitted.err()).contains("report 1: draft -> in_review");
        ExportCommandTest.Run refused = report("review", "1", "--to", "published");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("incident " + draft.publicId()).contains("it is draft, not published");
        assertThat(report("show", "1").out()).contains("status in_review").doesNotContain("version 1");

        assertThat(report("review", "1", "--to", "draft", "--reason", "drop the draft incident").out()).contains("in_review -> draft");
        ExportCommandTest.Run edited = report("edit", "1", "--revision", "1", "--filter", "ids=" + ariha.publicId());
        assertThat(edited.out()).as(edited.err()).contains("report 1: revision 2");
        report("review", "1", "--to", "in_review");
        ExportCommandTest.Run published = report("review", "1", "--to", "published");
        assertThat(published.out()).as(published.err()).contains("in_review -> published, version 1 (1 incidents; pdf sha256 ");
        String sha = published.out().replaceAll("(?s).*pdf sha256 ([0-9a-f]{64}).*", "$1");

        Path pdf = dir.resolve("v1.pdf");
        ExportCommandTest.Run rendered = report("render", "1", "--version", "1", "--out", pdf.toString());
        assertThat(rendered.out()).as(rendered.err()).contains("version 1, sha256 " + sha);
        assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(pdf)))).isEqualTo(sha);
        String text = pdfText(pdf);
        assertThat(text).contains("Markets under fire").contains("Our own account of the market strike");
        assertNoSecret("the frozen PDF", text);
        ExportCommandTest.Run preview = report("render", "1", "--out", dir.resolve("draft.html").toString());
        assertThat(preview.out()).as(preview.err()).contains("draft, revision 2, not stored");
        assertNoSecret("the preview", Files.readString(dir.resolve("draft.html")));

        assertThat(report("list").out()).contains("1  published  en  1 version  Markets under fire");
        assertThat(report("show", "1").out()).contains("narrative of " + ariha.publicId()).contains("pdf sha256 " + sha).contains("moves: draft, retracted");
        assertThat(report("review", "1", "--to", "retracted").err()).contains("report 1:").contains("reason");
        assertThat(report("review", "1", "--to", "retracted", "--reason", "a casualty figure was wrong").out()).contains("published -> retracted");
        assertThat(report("render", "1", "--version", "2", "--out", pdf.toString()).err()).contains("--version: report 1 has 1 published version(s)");
        assertThat(report("show", "9").err()).contains("no report 9");
    }
}
