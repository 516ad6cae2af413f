package org.groundtruth.intake.text;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.groundtruth.extraction.Language;
import org.groundtruth.extraction.SourceText;
import org.groundtruth.extraction.evaluation.Gold;
import org.groundtruth.extraction.evaluation.LabelledStrike;
import org.groundtruth.extraction.evaluation.LabelledText;
import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.gazetteer.Place;
import org.groundtruth.gazetteer.PlaceNames;
import org.groundtruth.place.Coordinates;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The English labelled set, derived from UCDP GED Syria (shared/data/ucdp-ged-syria, CC BY 4.0): each source
 * headline with the events UCDP coded from it. Only what the headline supports is labelled:
 * <ul>
 *   <li>texts: headlines of articles that are the only source of exactly one event (events with several sources rest
 *       on text we do not have; an article coded as several events has a headline that cannot say which is which);
 *       Airwars record numbers ("R3591") are not text;</li>
 *   <li>date: UCDP's day (date precision 1) when it is on or up to 30 days before the publication day; later days and
 *       coarser precisions are not labelled (the extractor reads the headline against its publication day);</li>
 *   <li>place: UCDP's point, with a radius from its precision (exact 10 km, near 25 km, district 25 km; governorate:
 *       the governorate), only when the headline names that place: some name of it (UCDP's own, or that of a gazetteer
 *       place within the radius) has the same consonant skeleton as words of the headline;</li>
 *   <li>killed: the figure the headline states, labelled by hand for a sample (en-ucdp-killed.tsv), never UCDP's
 *       "best" estimate, which often comes from the article body or splits a daily toll across places;</li>
 *   <li>everything else: not labelled.</li>
 * </ul>
 */
public final class UcdpHeadlineSet {
    private static final Pattern AIRWARS_ID = Pattern.compile("R\\d+");
    private static final Pattern PLACE_TYPE = Pattern.compile("(?i)\\s+(town|village|city|district|governorate|camp|neighbou?rhood|area|farms?|oil field|island|hill|mountains?|desert|region|border)$");
    private static final int MIN_SKELETON = 3;

    private final Gazetteer gazetteer;
    private final Map<Long, Gold.Count> killedLabels;

    public UcdpHeadlineSet(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.killedLabels = LabelledSets.ucdpKilledLabels();
    }

    /** All usable headlines; {@code onlyKilledSample} keeps the hand-labelled sample only. */
    public List<LabelledText> read(Path csv, boolean onlyKilledSample) throws IOException {
        Map<String, List<CSVRecord>> byArticle = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                byArticle.computeIfAbsent(row.get("source_article"), k -> new ArrayList<>()).add(row);
            }
        }
        List<LabelledText> out = new ArrayList<>();
        for (List<CSVRecord> events : byArticle.values()) {
            CSVRecord first = events.get(0);
            String headline = first.get("source_headline").strip();
            if (events.size() != 1 || first.get("source_date").contains(";") || headline.length() < 15 || AIRWARS_ID.matcher(headline).matches()) continue;
            LocalDate published;
            try {
                published = LocalDate.parse(first.get("source_date"));
            } catch (RuntimeException e) {
                continue;
            }
            boolean sampled = killedLabels.containsKey(Long.parseLong(first.get("id")));
            if (onlyKilledSample && !sampled) continue;
            List<LabelledStrike> strikes = new ArrayList<>();
            for (CSVRecord e : events) strikes.add(strike(e, headline, published));
            SourceText source = new SourceText(headline, Language.ENGLISH, published.atTime(12, 0).atOffset(ZoneOffset.ofHours(3)), null, first.get("source_office"));
            out.add(new LabelledText("ucdp-" + first.get("id"), source, strikes, Gold.Codes.NOT_LABELLED, Gold.Codes.NOT_LABELLED,
                    Gold.Codes.NOT_LABELLED, Gold.Codes.NOT_LABELLED, Gold.Codes.NOT_LABELLED));
        }
        return out;
    }

    private LabelledStrike strike(CSVRecord e, String headline, LocalDate published) {
        Gold.Day day = Gold.Day.NOT_LABELLED;
        try {
            LocalDate start = LocalDate.parse(e.get("date_start"));
            long lag = ChronoUnit.DAYS.between(start, published);
            if (e.get("date_prec").equals("1") && lag >= 0 && lag <= 30) day = Gold.Day.of(start, start);
        } catch (RuntimeException ignored) {
            // an unreadable date is simply not labelled
        }
        Gold.Count killed = killedLabels.getOrDefault(Long.parseLong(e.get("id")), Gold.Count.NOT_LABELLED);
        return new LabelledStrike(day, place(e, headline), killed, Gold.Count.NOT_LABELLED, Gold.Count.NOT_LABELLED,
                Gold.Count.NOT_LABELLED, Gold.Codes.NOT_LABELLED, Gold.Codes.NOT_LABELLED);
    }

    private Gold.Where place(CSVRecord e, String headline) {
        String precision = e.get("where_prec");
        String governorate = gazetteer.canonicalGovernorate(e.get("adm_1").replace(" Governorate", ""), "SY").orElse(null);
        Coordinates point;
        try {
            point = new Coordinates(Double.parseDouble(e.get("latitude")), Double.parseDouble(e.get("longitude")));
        } catch (RuntimeException ex) {
            return Gold.Where.NOT_LABELLED;
        }
        Set<String> headlineKeys = ngramSkeletons(headline);
        if (precision.equals("4")) {
            Place g = governorate == null ? null : gazetteer.governorate(governorate, "SY").orElse(null);
            if (g == null || !named(g.allNames(), headlineKeys)) return Gold.Where.NOT_LABELLED;
            return new Gold.Where(Gold.State.VALUE, null, governorate, point, 0, true);
        }
        double radiusKm = switch (precision) {
            case "1" -> 10;
            case "2", "3" -> 25;
            default -> -1;
        };
        if (radiusKm < 0) return Gold.Where.NOT_LABELLED;
        List<String> names = new ArrayList<>();
        names.add(PLACE_TYPE.matcher(e.get("where_coordinates").strip()).replaceAll(""));
        for (Place p : gazetteer.places()) {
            if (p.isGovernorate() || Math.abs(p.point().lat() - point.lat()) > 0.3 || Math.abs(p.point().lon() - point.lon()) > 0.3) continue;
            if (p.point().distanceKm(point) <= Math.min(radiusKm, 10)) names.addAll(p.allNames());
        }
        if (!named(names, headlineKeys)) return Gold.Where.NOT_LABELLED;
        return new Gold.Where(Gold.State.VALUE, null, governorate, point, radiusKm, false);
    }

    private static boolean named(List<String> names, Set<String> headlineKeys) {
        for (String n : names) {
            String k = PlaceNames.skeletonKey(n);
            if (k.length() >= MIN_SKELETON && headlineKeys.contains(k)) return true;
        }
        return false;
    }

    /** Consonant skeletons of every run of one to four words of the headline. */
    static Set<String> ngramSkeletons(String headline) {
        String[] words = headline.split("[^\\p{L}\\p{M}'’-]+");
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < words.length; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = 0; n < 4 && i + n < words.length; n++) {
                if (n > 0) b.append(' ');
                b.append(words[i + n]);
                keys.add(PlaceNames.skeletonKey(b.toString()));
            }
        }
        keys.remove("");
        return keys;
    }
}
