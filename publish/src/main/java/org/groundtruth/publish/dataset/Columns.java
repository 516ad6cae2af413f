package org.groundtruth.publish.dataset;

import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.CountRange;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.publication.PublishedIncident;
import org.groundtruth.publication.Republication;
import org.groundtruth.publication.SourceReference;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.groundtruth.publish.dataset.Column.Type.*;

/**
 * The open dataset's columns, in order: ACLED's names first for the concepts ACLED has (so that tools made for ACLED
 * read our files), then Groundtruth's own ({@code gt_}) for what ACLED cannot say: date windows and their precision,
 * precision radii, casualty ranges by group, grade, attribution, source references and licences (decision 0903).
 */
public final class Columns {
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm"); // built once, not per row

    private Columns() {
    }

    /** ACLED's event and sub-event type for an event kind (decision 0213); empty for kinds ACLED's types would misname. */
    static String[] acledType(org.groundtruth.incident.EventKind kind) {
        return switch (kind) {
            case AIR_STRIKE -> new String[] {"Explosions/Remote violence", "Air/drone strike"};
            case MISSILE, SHELLING -> new String[] {"Explosions/Remote violence", "Shelling/artillery/missile attack"};
            case GROUND_FIGHTING -> new String[] {"Battles", "Armed clash"};
            case OTHER, UNKNOWN -> new String[] {null, null};
        };
    }

    public static final List<Column> ALL = List.of(
            col("event_id_cnty", "#event+id", TEXT, "Groundtruth's public incident id (stable; never an internal id)", PublishedIncident::publicId),
            col("event_date", "#date+occurred", DATE, "first day of the incident's date window (local calendar date, ISO 8601)", i -> i.date().firstDay()),
            col("year", "#date+year", INTEGER, "year of event_date", i -> i.date().firstDay().getYear()),
            col("time_precision", "#date+precision", INTEGER, "ACLED's code: 1 the day is known, 2 within a week, 3 only the month or year",
                    i -> switch (i.date().precision()) { case EXACT_TIME, PART_OF_DAY, DAY -> 1; case WEEK -> 2; case MONTH, YEAR -> 3; }),
            col("event_type", "#event+type", TEXT, "ACLED's event type for the incident's kind: 'Explosions/Remote violence' for air, drone "
                    + "and missile strikes and shelling, 'Battles' for ground fighting; empty for other or unknown kinds", i -> acledType(i.kind())[0]),
            col("sub_event_type", "#event+type+sub", TEXT, "ACLED's sub-event type for the kind: 'Air/drone strike', "
                    + "'Shelling/artillery/missile attack', 'Armed clash'; empty for other or unknown kinds", i -> acledType(i.kind())[1]),
            col("actor1", "#group+name+first", TEXT, "the party Groundtruth's assessment attributes the strike to; two parties joined by 'or' "
                    + "when the evidence cannot tell them apart; 'unknown'; empty when not assessed", PublishedIncident::partyLabel),
            col("country", "#country+code", TEXT, "country code as the sources gave it (ISO 3166-1)", i -> i.location().countryCode()),
            col("admin1", "#adm1+name", TEXT, "first-level administrative area (governorate, oblast)", i -> i.location().governorate()),
            col("admin2", "#adm2+name", TEXT, "second-level administrative area", i -> i.location().district()),
            col("location", "#loc+name", TEXT, "the most specific place name", i -> i.location().placeName()),
            col("latitude", "#geo+lat", DECIMAL, "WGS 84 latitude; empty when the incident is not placed", i -> point(i, Coordinates::lat)),
            col("longitude", "#geo+lon", DECIMAL, "WGS 84 longitude; empty when the incident is not placed", i -> point(i, Coordinates::lon)),
            col("geo_precision", "#geo+precision", INTEGER, "ACLED's code: 1 the town or better, 2 the district, 3 the governorate or coarser",
                    i -> geoPrecision(i.location().precision())),
            col("source", "#meta+source", TEXT, "the sources that may be named: open sources by dataset, record id and publisher; "
                    + "reference-only sources (ACLED) by dataset and record id only", i -> join(i.sources(), SourceReference::display, "; ")),
            col("notes", "#description", TEXT, "the team's summary; empty when the values are withheld", PublishedIncident::summary),
            col("fatalities", "#affected+killed", INTEGER, "civilians killed, lowest count (ACLED's conservative convention); see gt_killed_min/max",
                    i -> i.casualties().killed().min()),
            col("gt_title", "#event+name", TEXT, "the incident's title", PublishedIncident::title),
            col("gt_date_first", "#date+start", DATE, "first day of the date window", i -> i.date().firstDay()),
            col("gt_date_last", "#date+end", DATE, "last day of the date window", i -> i.date().lastDay()),
            col("gt_date_precision", "#date+precision+name", TEXT, "exact time, day, week, month or year", i -> i.date().precision().label()),
            col("gt_local_time", "#date+time", TEXT, "local clock time (HH:mm) when known", i -> i.date().instantUtc() == null ? null // a clock time only: a part of the day is not one
                    : i.date().localTime().truncatedTo(ChronoUnit.MINUTES).format(HOURS_MINUTES)),
            col("gt_utc_offset", "#date+offset", TEXT, "the UTC offset of the local time (+03:00) when known",
                    i -> i.date().offset() == null ? null : i.date().offset().getId()),
            col("gt_location_precision", "#geo+precision+name", TEXT, "exact, neighbourhood, town, district, governorate, country or unknown",
                    i -> i.location().precision().label()),
            col("gt_radius_m", "#geo+radius", INTEGER, "radius of uncertainty in metres around the point (stated, or typical for the level)",
                    i -> i.location().isPlaced() ? i.location().effectiveRadiusMetres() : null),
            col("gt_placed_by", "#geo+method", TEXT, "where the coordinates came from: source, gazetteer, manual, none",
                    i -> i.location().placedBy().name().toLowerCase(java.util.Locale.ROOT)),
            min("gt_killed_min", "#affected+killed+min", "civilians killed", i -> i.casualties().killed()),
            max("gt_killed_max", "#affected+killed+max", "civilians killed", i -> i.casualties().killed()),
            min("gt_injured_min", "#affected+injured+min", "civilians injured", i -> i.casualties().injured()),
            max("gt_injured_max", "#affected+injured+max", "civilians injured", i -> i.casualties().injured()),
            min("gt_children_killed_min", "#affected+killed+children+min", "children killed", i -> i.casualties().childrenKilled()),
            max("gt_children_killed_max", "#affected+killed+children+max", "children killed", i -> i.casualties().childrenKilled()),
            min("gt_women_killed_min", "#affected+killed+women+min", "women killed", i -> i.casualties().womenKilled()),
            max("gt_women_killed_max", "#affected+killed+women+max", "women killed", i -> i.casualties().womenKilled()),
            min("gt_men_killed_min", "#affected+killed+men+min", "men killed", i -> i.casualties().menKilled()),
            max("gt_men_killed_max", "#affected+killed+men+max", "men killed", i -> i.casualties().menKilled()),
            col("gt_objects_hit", "#impact+type", TEXT, "civilian objects hit, codes separated by ';' (market, medical, place_of_worship, ...)",
                    i -> i.objectsHit().isEmpty() ? null : i.objectsHit().stream().map(CivilianObject::code).sorted().collect(Collectors.joining(";"))),
            col("gt_alleged_perpetrators", "#group+name+alleged", TEXT, "the perpetrators as the sources named them, separated by '; '",
                    i -> join(i.allegedPerpetrators(), s -> s, "; ")),
            col("gt_weapons", "#item+weapon", TEXT, "munitions and aircraft reported, separated by '; '", i -> join(i.weapons(), s -> s, "; ")),
            col("gt_grade", "#status+grade", TEXT, "how well the incident is established: confirmed, fair, weak, contested, discounted",
                    PublishedIncident::gradeCode),
            col("gt_attribution_codes", "#group+code", TEXT, "codes of the attributed parties separated by ';' (russian_military;syrian_government)",
                    i -> join(i.partyCodes(), s -> s, ";")),
            col("gt_source_urls", "#meta+url", TEXT, "links to the open sources, separated by spaces",
                    i -> join(i.sources().stream().map(SourceReference::url).filter(Objects::nonNull).distinct().toList(), s -> s, " ")),
            col("gt_reference_ids", "#meta+reference", TEXT, "records of reference-only sources given by their own ids (acled:SYR1234), "
                    + "separated by ';': fetch them from their publisher", i -> join(i.sources().stream()
                    .filter(s -> s.terms() == Republication.REFERENCE_ONLY && s.recordId() != null)
                    .map(s -> s.dataset() + ":" + s.recordId()).toList(), s -> s, ";")),
            col("gt_restricted_sources", "#meta+count+restricted", INTEGER, "reports from sources that stay confidential (counted, never named)",
                    PublishedIncident::restrictedSources),
            col("gt_report_count", "#meta+count", INTEGER, "how many reports the incident rests on", PublishedIncident::reportCount),
            col("gt_values_withheld", "#meta+withheld", BOOLEAN, "true when the values came only from sources whose terms forbid "
                    + "republishing them: only the id, date, grade, attribution and references are given", PublishedIncident::valuesWithheld),
            col("gt_licences", "#meta+license", TEXT, "licences and credit lines of the sources, separated by ' | '",
                    i -> join(i.sources().stream().map(SourceReference::licenceMark).distinct().toList(), s -> s, " | ")));

    private static Column col(String name, String hxl, Column.Type type, String description, Function<PublishedIncident, Object> value) {
        return new Column(name, hxl, type, description, value);
    }

    private static Column min(String name, String hxl, String what, Function<PublishedIncident, CountRange> range) {
        return col(name, hxl, INTEGER, what + ", lowest count; empty when unknown", i -> range.apply(i).min());
    }

    private static Column max(String name, String hxl, String what, Function<PublishedIncident, CountRange> range) {
        return col(name, hxl, INTEGER, what + ", highest count; empty when unknown or open-ended ('at least' the minimum)",
                i -> range.apply(i).max());
    }

    private static Object point(PublishedIncident i, Function<Coordinates, Double> axis) {
        return i.location().point() == null ? null : axis.apply(i.location().point());
    }

    private static Integer geoPrecision(LocationPrecision p) {
        return switch (p) {
            case EXACT, NEIGHBOURHOOD, TOWN -> 1;
            case DISTRICT -> 2;
            case GOVERNORATE, COUNTRY -> 3;
            case UNKNOWN -> null;
        };
    }

    private static <T> String join(List<T> items, Function<T, String> text, String separator) {
        return items.isEmpty() ? null : items.stream().map(text).collect(Collectors.joining(separator));
    }
}
