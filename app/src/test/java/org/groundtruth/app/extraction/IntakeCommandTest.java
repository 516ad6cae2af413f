package org.groundtruth.app.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.groundtruth.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `groundtruth intake FILE --json` and `intake evaluate` as a user runs them, on the bundled gazetteer. */
class IntakeCommandTest {
    static final String ENGLISH = "Civil Defence: 12 civilians, among them 5 children, were killed last night when warplanes that took off from "
            + "Hama airbase struck a bakery in Kafr Nabel, south of Idlib; Moscow called the reports fabricated";
    static final String ARABIC = "الدفاع المدني: مقتل 12 مدنياً بينهم 5 أطفال ليلة أمس عندما قصفت طائرات حربية أقلعت من مطار حماة العسكري "
            + "فرناً في كفرنبل جنوب إدلب، ونفت موسكو التقارير ووصفتها بأنها مفبركة";
    static final String UKRAINIAN = "ДСНС: минулої ночі 12 цивільних, серед них 5 дітей, загинули, коли літаки, що злетіли з аеродрому Хмеймім, "
            + "вдарили по пекарні у Балаклії на Харківщині; у Москві заявили, що це фейк";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        PrintStream original = System.out;
        var out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int exit = cl.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(original);
        }
    }

    JsonNode json(Run r) throws Exception {
        assertThat(r.exit()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void theIssuesExampleAsATextFileGivesOneCandidateWithEveryValueOnItsSpan() throws Exception {
        Path f = Files.writeString(dir.resolve("post.txt"), ENGLISH);
        JsonNode t = json(run("intake", f.toString(), "--json", "--published", "2015-11-30T08:00+02:00", "--data", data())).get("texts").get(0);
        assertThat(t.get("language").asText()).isEqualTo("en");
        assertThat(t.get("languageFrom").asText()).isEqualTo("script");
        JsonNode c = t.get("candidates").get(0);
        assertThat(t.get("candidates")).hasSize(1);
        assertThat(c.at("/date/firstDay").asText()).isEqualTo("2015-11-29");
        assertThat(c.at("/date/lastDay").asText()).isEqualTo("2015-11-30");
        assertThat(c.at("/date/partOfDay").asText()).isEqualTo("NIGHT");
        assertSpan(c.at("/date/span"), ENGLISH, "last night");
        assertThat(c.at("/place/name").asText()).isEqualTo("Kafranbel");
        assertThat(c.at("/place/governorate").asText()).isEqualTo("Idlib");
        assertSpan(c.at("/place/span"), ENGLISH, "Kafr Nabel");
        assertThat(c.at("/casualties/killed/min").asInt()).isEqualTo(12);
        assertThat(c.at("/casualties/killed/max").asInt()).isEqualTo(12);
        assertSpan(c.at("/casualties/killed/spans/0"), ENGLISH, "12 civilians");
        assertThat(c.at("/casualties/children/min").asInt()).isEqualTo(5);
        assertThat(codes(c, "object")).contains("bakery");
        assertThat(codes(c, "base")).contains("Hama");
        for (JsonNode term : c.get("terms")) assertSpan(term.get("span"), ENGLISH, term.at("/span/text").asText());
        assertThat(c.at("/responses/0/party").asText()).isEqualTo("russian_military");
        assertSpan(c.at("/responses/0/span"), ENGLISH, "fabricated");
    }

    @Test
    void anArabicPageSavedFromABrowserSaysItsOwnLanguageAndPublicationTime() throws Exception {
        String html = "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>خبر</title>"
                + "<meta property=\"article:published_time\" content=\"2015-11-30T08:00:00+02:00\"><script>var x = 'قتل 99 مدنيا';</script></head>"
                + "<body><nav>الرئيسية</nav><article><h1>غارات على إدلب</h1><p>" + ARABIC + "</p></article><footer>حقوق</footer></body></html>";
        Path f = Files.writeString(dir.resolve("page.html"), html);
        JsonNode t = json(run("intake", f.toString(), "--json", "--data", data())).get("texts").get(0);
        assertThat(t.get("language").asText()).isEqualTo("ar");
        assertThat(t.get("languageFrom").asText()).isEqualTo("file");
        assertThat(t.get("published").asText()).isEqualTo("2015-11-30T08:00+02:00");
        // the headline "غارات على إدلب" is a candidate of its own (strikes on Idlib); the post's strike is the one with a toll
        JsonNode c = null;
        for (JsonNode candidate : t.get("candidates")) if (!candidate.at("/casualties/killed").isNull()) c = candidate;
        assertThat(c).isNotNull();
        assertThat(c.at("/date/firstDay").asText()).isEqualTo("2015-11-29");
        assertThat(c.at("/place/name").asText()).startsWith("Kafranbel");
        assertThat(c.at("/place/span/text").asText()).isEqualTo("كفرنبل");
        assertThat(c.at("/casualties/killed/min").asInt()).isEqualTo(12);
        assertThat(c.at("/casualties/children/min").asInt()).isEqualTo(5);
        assertThat(codes(c, "object")).contains("bakery");
        assertThat(c.at("/casualties/killed/spans/0/text").asText()).contains("12");
        assertThat(r(t)).doesNotContain("99").doesNotContain("الرئيسية");
    }

    @Test
    void aJsonlOfPostsGivesEachPostItsCandidatesByLine() throws Exception {
        Path f = Files.writeString(dir.resolve("posts.jsonl"),
                "{\"text\": \"" + UKRAINIAN + "\", \"published\": \"2015-11-30T08:00+02:00\", \"language\": \"uk\", \"url\": \"https://t.me/example/1\", \"author\": \"Private Person\"}\n"
                        + "\n"
                        + "{\"text\": \"" + ENGLISH + "\", \"published\": \"2015-11-30\"}\n");
        Run r = run("intake", f.toString(), "--json", "--data", data());
        JsonNode texts = json(r).get("texts");
        assertThat(texts).hasSize(2);
        JsonNode uk = texts.get(0);
        assertThat(uk.get("line").asInt()).isEqualTo(1);
        assertThat(uk.get("url").asText()).isEqualTo("https://t.me/example/1");
        JsonNode c = uk.get("candidates").get(0);
        assertThat(c.at("/date/lastDay").asText()).isEqualTo("2015-11-30");
        assertThat(c.at("/place/name").asText()).isEqualTo("Balakliya");
        assertThat(c.at("/casualties/killed/min").asInt()).isEqualTo(12);
        assertThat(c.at("/casualties/children/min").asInt()).isEqualTo(5);
        assertThat(codes(c, "object")).contains("bakery");
        assertThat(c.at("/responses/0/kind").asText()).isEqualTo("CALLED_FAKE");
        assertThat(texts.get(1).get("line").asInt()).isEqualTo(3);
        assertThat(texts.get(1).at("/candidates/0/casualties/killed/min").asInt()).isEqualTo(12);
        assertThat(r.out()).as("a post's author may be a private person").doesNotContain("Private Person");
    }

    @Test
    void aLongJsonlShowsProgressAndKeepsEveryPost() throws Exception {
        StringBuilder posts = new StringBuilder();
        int n = 2 * IntakeCommand.PROGRESS_FROM + 10;
        for (int i = 0; i < n; i++) posts.append("{\"text\": \"").append(ENGLISH).append("\", \"published\": \"2015-11-30\"}\n");
        Path f = Files.writeString(dir.resolve("many.jsonl"), posts);
        long t0 = System.nanoTime();
        Run r = run("intake", f.toString(), "--json", "--data", data());
        System.out.printf("%d posts through intake --json in %d ms%n", n, (System.nanoTime() - t0) / 1_000_000);
        assertThat(json(r).get("texts")).hasSize(n);
        assertThat(r.err()).contains("extracted " + IntakeCommand.PROGRESS_FROM + " of " + n + " texts").contains("extracted " + n + " of " + n + " texts");
    }

    @Test
    void theReadableListShowsEachValueWithItsCharacters() throws Exception {
        Path f = Files.writeString(dir.resolve("post.txt"), ENGLISH);
        Run r = run("intake", f.toString(), "--lang", "en", "--published", "2015-11-30T08:00+02:00", "--data", data());
        assertThat(r.exit()).as(r.err()).isZero();
        int at = ENGLISH.indexOf("Kafr Nabel");
        assertThat(r.out()).contains("1 candidate").contains("Kafranbel, Idlib  [" + at + ".." + (at + 10) + "] \"Kafr Nabel\"")
                .contains("12 (exact)");
    }

    @Test
    void badInputIsRefusedNamingTheFileAndLineWithNothingPrinted() throws Exception {
        Path f = Files.writeString(dir.resolve("posts.jsonl"),
                "{\"text\": \"" + ENGLISH + "\"}\n{\"text\": \"secret witness words\", \"language\": \"fr\"}\n");
        Run r = run("intake", f.toString(), "--json", "--data", data());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(f + " line 2").contains("'fr'").doesNotContain("secret witness");

        Files.writeString(f, "{\"text\": \"" + ENGLISH + "\"}\n{\"text\": \"   \"}\n{not json\n");
        r = run("intake", f.toString(), "--json", "--data", data());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(f + " line 2");

        Path latin1 = dir.resolve("old.txt");
        Files.write(latin1, "first line\nCaf\u00e9 struck\n".getBytes(StandardCharsets.ISO_8859_1));
        r = run("intake", latin1.toString(), "--data", data());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(latin1 + " line 2").contains("UTF-8");

        Path binary = Files.write(dir.resolve("junk.txt"), new byte[]{0, 1, 2, 3, 4, 5, 6, 7, 0, 0, 0, 'a'});
        r = run("intake", binary.toString(), "--lang", "en", "--data", data());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains(binary.toString());

        r = run("intake", dir.resolve("missing.txt").toString(), "--data", data());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no such file").contains("missing.txt");

        r = run("intake", latin1.toString(), "--published", "last tuesday", "--data", data());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("last tuesday").contains("not a date-time");
    }

    @Test
    void evaluatePrintsPrecisionAndRecallPerFieldForEachLanguage() {
        Run r = run("intake", "evaluate");
        assertThat(r.exit()).as(r.err()).isZero();
        for (String set : new String[]{"Arabic", "Ukrainian"}) assertThat(r.out()).contains(set + " (hand-labelled)");
        assertThat(r.out()).contains("not scored; give --ucdp");
        for (String field : new String[]{"date", "place", "killed", "objects", "parties"}) {
            assertThat(r.out()).containsPattern("(?m)^  " + field + " +\\d+\\.\\d% +\\d+\\.\\d% ");
        }
        Run missing = run("intake", "evaluate", "--ucdp", dir.resolve("nope.csv").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.csv");
    }

    private static String r(JsonNode n) {
        return n.toString();
    }

    private static java.util.List<String> codes(JsonNode candidate, String kind) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (JsonNode t : candidate.get("terms")) if (t.get("kind").asText().equals(kind)) out.add(t.get("code").asText());
        return out;
    }

    private static void assertSpan(JsonNode span, String text, String expected) {
        assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt())).isEqualTo(expected);
        assertThat(span.get("text").asText()).isEqualTo(expected);
    }
}
