package org.groundtruth.intake.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.groundtruth.extraction.Language;
import org.groundtruth.extraction.SourceText;
import org.groundtruth.extraction.evaluation.Gold;
import org.groundtruth.extraction.evaluation.LabelledStrike;
import org.groundtruth.extraction.evaluation.LabelledText;
import org.groundtruth.incident.CountRange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hand-labelled sets shipped in {@code /extraction/labelled/} (README.md there says how they were made): Arabic
 * and Ukrainian texts as JSON lines, and the killed counts of a sample of UCDP headlines ({@link UcdpHeadlineSet}).
 */
public final class LabelledSets {
    static final String DIR = "/extraction/labelled/";
    private static final ObjectMapper JSON = org.groundtruth.intake.read.StrictJson.MAPPER;

    private LabelledSets() {
    }

    public static List<LabelledText> arabic() {
        return jsonLines("ar.jsonl");
    }

    public static List<LabelledText> ukrainian() {
        return jsonLines("uk.jsonl");
    }

    /** The killed counts labelled by hand for UCDP events, by event id ("-" → none stated). */
    static Map<Long, Gold.Count> ucdpKilledLabels() {
        Map<Long, Gold.Count> out = new HashMap<>();
        try (BufferedReader r = open("en-ucdp-killed.tsv")) {
            String line = r.readLine();
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t");
                out.put(Long.parseLong(f[0]), count(f[1].equals("-") ? null : f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<LabelledText> jsonLines(String resource) {
        List<LabelledText> out = new ArrayList<>();
        try (BufferedReader r = open(resource)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                try {
                    out.add(text(JSON.readTree(line)));
                } catch (RuntimeException e) {
                    throw new IllegalStateException(resource + " line " + n + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static BufferedReader open(String resource) {
        InputStream in = LabelledSets.class.getResourceAsStream(DIR + resource);
        if (in == null) throw new IllegalStateException("labelled set " + DIR + resource + " is missing from the classpath");
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static LabelledText text(JsonNode n) {
        Language language = Language.parse(n.get("language").asText()).orElseThrow();
        String published = textOrNull(n, "published");
        OffsetDateTime at = published == null ? null : LocalDate.parse(published).atTime(12, 0).atOffset(ZoneOffset.ofHours(language == Language.UKRAINIAN ? 2 : 3));
        SourceText source = new SourceText(n.get("text").asText(), language, at, textOrNull(n, "url"), null);
        List<LabelledStrike> strikes = new ArrayList<>();
        for (JsonNode s : n.get("strikes")) {
            strikes.add(new LabelledStrike(day(textOrNull(s, "date")), where(textOrNull(s, "place")), count(textOrNull(s, "killed")),
                    count(textOrNull(s, "injured")), count(textOrNull(s, "children")), count(textOrNull(s, "women")),
                    Gold.Codes.of(strings(s.get("objects"))), Gold.Codes.of(strings(s.get("parties")))));
        }
        Set<String> responses = new HashSet<>();
        for (JsonNode r : n.path("responses")) responses.add(r.get("party").asText() + ":" + r.get("kind").asText());
        return new LabelledText(n.get("id").asText(), source, strikes, Gold.Codes.of(responses), Gold.Codes.of(strings(n.get("aircraft"))),
                Gold.Codes.of(strings(n.get("munitions"))), Gold.Codes.of(strings(n.get("bases"))), Gold.Codes.of(strings(n.get("events"))));
    }

    /** "2015-11-29" or "2015-11-28..2015-11-29"; null: not labelled (the text and its date do not tell). */
    static Gold.Day day(String s) {
        if (s == null) return Gold.Day.NOT_LABELLED;
        String[] p = s.split("\\.\\.");
        return Gold.Day.of(LocalDate.parse(p[0]), LocalDate.parse(p[p.length - 1]));
    }

    /**
     * "Saraqib|Idlib" (a place in a governorate); "Idlib Governorate|Idlib" or "Kherson Oblast|Kherson Oblast" (the
     * governorate itself); null: the text names no place for the strike.
     */
    static Gold.Where where(String s) {
        if (s == null) return Gold.Where.NONE;
        String[] p = s.split("\\|");
        String governorate = p.length > 1 ? p[1] : null;
        boolean governorateLevel = p[0].endsWith(" Governorate") || p[0].endsWith(" Oblast");
        return new Gold.Where(Gold.State.VALUE, p[0], governorate, null, 0, governorateLevel);
    }

    /** "12", "12+", "12-15"; null: the text states none. */
    static Gold.Count count(String s) {
        if (s == null) return Gold.Count.NONE;
        if (s.endsWith("+")) return Gold.Count.of(new CountRange(Integer.parseInt(s.substring(0, s.length() - 1)), null));
        int dash = s.indexOf('-');
        if (dash > 0) return Gold.Count.of(CountRange.of(Integer.parseInt(s.substring(0, dash)), Integer.parseInt(s.substring(dash + 1))));
        return Gold.Count.of(CountRange.exactly(Integer.parseInt(s)));
    }

    private static String textOrNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new HashSet<>();
        if (array != null) for (JsonNode v : array) out.add(v.asText());
        return out;
    }
}
