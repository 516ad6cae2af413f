package org.groundtruth.storage;

import org.groundtruth.store.Store;
import org.groundtruth.incident.BoundingBox;
import org.groundtruth.incident.Casualties;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.CountRange;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.incident.IncidentStats;
import org.groundtruth.incident.IncidentStore;
import org.groundtruth.incident.NewReport;
import org.groundtruth.incident.PublicId;
import org.groundtruth.incident.Report;
import org.groundtruth.incident.ReportRevision;
import org.groundtruth.incident.SearchResult;
import org.groundtruth.incident.Source;
import org.groundtruth.ingest.FieldValues;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.ingest.ImportRun;
import org.groundtruth.ingest.ImportWriter;
import org.groundtruth.ingest.UpsertOutcome;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.time.DatePrecision;
import org.groundtruth.time.IncidentDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.groundtruth.incident.CivilianObject.MARKET;
import static org.groundtruth.incident.CivilianObject.MEDICAL;
import static org.groundtruth.incident.CivilianObject.RESIDENTIAL;

/**
 * The behaviour every {@link IncidentStore} must show. Subclasses only say how to make a fresh, empty store and
 * how a child process reaches the same one.
 */
public abstract class IncidentStoreContract {

    protected Store store;

    /** A new, empty store that no other test sees. */
    protected abstract Store newStore() throws Exception;

    /** Opens the same store again (after another process wrote to it). */
    protected abstract Store reopen() throws Exception;

    /** What {@link ImportThenHang} needs to open the same store in a child process. */
    protected abstract String childStoreArgument();

    @BeforeEach
    void openStore() throws Exception {
        store = newStore();
    }

    @AfterEach
    void closeStore() {
        if (store != null) store.close();
    }

    private static final Source SOHR = new Source("SOHR", "test", "https://example.org/sohr/1");

    private static IncidentFacts fullFacts() {
        Location loc = new Location(new Coordinates(35.8137, 36.6121), LocationPrecision.NEIGHBOURHOOD, 750, "Ariha",
                "Idlib", "Ariha district", "SY", PlacedBy.SOURCE);
        Casualties cs = new Casualties(new CountRange(40, 49), CountRange.of(70, null), CountRange.exactly(5),
                CountRange.UNKNOWN, new CountRange(10, 12));
        return new IncidentFacts("Strike on Ariha market", "Crowded market hit at midday",
                IncidentDate.at(LocalDate.of(2015, 11, 29), LocalTime.of(13, 45, 30), ZoneOffset.ofHours(2)), loc, cs,
                java.util.Set.of(MARKET, RESIDENTIAL), List.of("Russian warplanes", "Government of Syria"),
                List.of("Su-24", "Cluster Munition"));
    }

    // ---- order by any date, and the points the map counts (issue 9 item 4)

    @Test
    void anIncidentKeepsItsEventKindAndTheKindFilterFindsIt() {
        long strike = store.incidents().create(IncidentForTest.at(35, 36).facts(), List.of()).id();
        long battle = store.incidents().create(IncidentForTest.at(35.1, 36).kind(org.groundtruth.incident.EventKind.GROUND_FIGHTING).facts(), List.of()).id();
        long uncoded = store.incidents().create(IncidentForTest.at(35.2, 36).kind(null).facts(), List.of()).id();
        try (ImportWriter w = store.incidents().beginImport(meta("kinds.csv"))) {
            w.upsert(IncidentForTest.at(35.3, 36).kind(org.groundtruth.incident.EventKind.MISSILE).record("kinds:1"));
            w.upsert(IncidentForTest.at(35.4, 36).kind(org.groundtruth.incident.EventKind.SHELLING).record("kinds:2"));
            w.commit();
        }
        assertThat(store.incidents().find(battle).orElseThrow().facts().kind()).isEqualTo(org.groundtruth.incident.EventKind.GROUND_FIGHTING);
        assertThat(store.incidents().find(uncoded).orElseThrow().facts().kind()).isEqualTo(org.groundtruth.incident.EventKind.UNKNOWN);
        IncidentQuery strikes = IncidentQuery.all().withKinds(org.groundtruth.incident.EventKind.STRIKES);
        assertThat(store.incidents().search(strikes).items()).extracting(i -> i.facts().kind())
                .containsExactly(org.groundtruth.incident.EventKind.AIR_STRIKE, org.groundtruth.incident.EventKind.MISSILE);
        assertThat(store.incidents().stats(strikes).total()).isEqualTo(2);
        assertThat(store.incidents().search(IncidentQuery.all().withKinds(java.util.EnumSet.of(org.groundtruth.incident.EventKind.GROUND_FIGHTING,
                org.groundtruth.incident.EventKind.UNKNOWN))).items()).extracting(Incident::id).containsExactly(battle, uncoded);
        assertThat(store.incidents().search(IncidentQuery.all()).numberMatched()).isEqualTo(5);
        store.incidents().update(battle, IncidentForTest.at(35.1, 36).facts());
        assertThat(store.incidents().search(strikes).items()).extracting(Incident::id).contains(strike, battle);
    }

    @Test
    void listsSortByEachOfTheirDatesEitherWayAndPageWithoutOverlap() {
        IncidentStore incidents = store.incidents();
        Incident october = incidents.create(IncidentForTest.at(35, 36).on("2015-10-12").titled("october").facts(), List.of());
        Incident month = incidents.create(IncidentForTest.at(35, 36).on(IncidentDate.inMonth(2015, 11)).titled("november").facts(), List.of());
        Incident day = incidents.create(IncidentForTest.at(35, 36).on("2015-11-29").titled("29 november").facts(), List.of());
        Incident september = incidents.create(IncidentForTest.at(35, 36).on("2015-09-30").titled("september").facts(), List.of());
        incidents.update(october.id(), IncidentForTest.at(35, 36).on("2015-10-12").titled("october, corrected").facts());
        java.util.function.Function<org.groundtruth.incident.IncidentSort, List<Long>> order = sort -> incidents.search(
                IncidentQuery.all().withSort(sort)).items().stream().map(Incident::id).toList();
        assertThat(order.apply(org.groundtruth.incident.IncidentSort.DATE)).containsExactly(september.id(), october.id(), month.id(), day.id());
        assertThat(order.apply(org.groundtruth.incident.IncidentSort.DATE_NEWEST)).containsExactly(day.id(), month.id(), october.id(), september.id());
        assertThat(order.apply(org.groundtruth.incident.IncidentSort.RECORDED_NEWEST)).containsExactly(september.id(), day.id(), month.id(), october.id());
        assertThat(order.apply(org.groundtruth.incident.IncidentSort.RECORDED)).containsExactly(october.id(), month.id(), day.id(), september.id());
        assertThat(order.apply(org.groundtruth.incident.IncidentSort.UPDATED_NEWEST).getFirst()).isEqualTo(october.id());
        List<Long> paged = new ArrayList<>();
        for (int offset = 0; offset < 4; offset += 3) {
            incidents.search(IncidentQuery.all().withSort(org.groundtruth.incident.IncidentSort.DATE_NEWEST).page(3, offset)).items()
                    .forEach(i -> paged.add(i.id()));
        }
        assertThat(paged).containsExactlyElementsOf(order.apply(org.groundtruth.incident.IncidentSort.DATE_NEWEST));

        // strikes on one day go by their time (recorded here in the other order), a day without a time before them
        Incident late = incidents.create(IncidentForTest.at(35, 36).on(IncidentDate.at(LocalDate.of(2015, 11, 29), LocalTime.of(23, 0), ZoneOffset.ofHours(3)))
                .titled("23:00").facts(), List.of());
        Incident early = incidents.create(IncidentForTest.at(35, 36).on(IncidentDate.at(LocalDate.of(2015, 11, 29), LocalTime.of(21, 58), ZoneOffset.ofHours(3)))
                .titled("21:58").facts(), List.of());
        assertThat(order.apply(org.groundtruth.incident.IncidentSort.DATE)).endsWith(day.id(), early.id(), late.id());
        assertThat(order.apply(org.groundtruth.incident.IncidentSort.DATE_NEWEST)).startsWith(late.id(), early.id(), day.id());
    }

    @Test
    void pointsAreEveryPlacedMatchOfTheQueryWhateverItsLimit() {
        IncidentStore incidents = store.incidents();
        for (int k = 0; k < 30; k++) incidents.create(IncidentForTest.at(35 + k * 0.01, 36.5).on("2015-11-29").facts(), List.of());
        incidents.create(IncidentForTest.unplaced("Kafr Zita", "Hama").on("2015-11-29").facts(), List.of());
        store.port(org.groundtruth.review.IncidentReviews.PORT).publishAllDrafts(org.groundtruth.audit.ChangeNote.system("test"));
        incidents.create(IncidentForTest.at(35.5, 36.5).on("2015-11-29").titled("a draft").facts(), List.of());
        List<double[]> published = new ArrayList<>();
        incidents.forEachPoint(IncidentQuery.all().page(5, 10).withStatuses(java.util.Set.of(org.groundtruth.incident.IncidentStatus.PUBLISHED)),
                (lat, lon) -> published.add(new double[] {lat, lon}));
        assertThat(published).as("limit and offset ignored; the unplaced one and the draft left out").hasSize(30);
        List<double[]> inBox = new ArrayList<>();
        incidents.forEachPoint(IncidentQuery.all().withBbox(new BoundingBox(36, 35.095, 37, 35.195)), (lat, lon) -> inBox.add(new double[] {lat, lon}));
        assertThat(inBox).hasSize(10).allSatisfy(p -> assertThat(p[0]).isBetween(35.095, 35.195));
    }

    // ---- public ids (decision 0740)

    @Test
    void everyCreatedIncidentHasItsOwnPublicIdThatFindsIt() {
        Incident a = store.incidents().create(fullFacts(), List.of());
        Incident b = store.incidents().create(fullFacts(), List.of());
        assertThat(PublicId.isWellFormed(a.publicId())).isTrue();
        assertThat(a.publicId()).isNotEqualTo(b.publicId());
        assertThat(store.incidents().findByPublicId(a.publicId())).map(Incident::id).contains(a.id());
        assertThat(store.incidents().findByPublicId(a.publicId().toUpperCase(java.util.Locale.ROOT))).map(Incident::id).contains(a.id());
        assertThat(store.incidents().find(a.id()).orElseThrow().publicId()).as("fixed at creation").isEqualTo(a.publicId());
        assertThat(store.incidents().update(a.id(), fullFacts()).publicId()).as("kept by an update").isEqualTo(a.publicId());
        assertThat(store.incidents().findByPublicId(PublicId.next())).isEmpty();
        assertThat(store.incidents().findByPublicId(Long.toString(a.id()))).as("an internal id is not a public id").isEmpty();
        assertThat(store.incidents().findByPublicId("' OR 1=1 --")).isEmpty();
        assertThat(store.incidents().findByEitherId(a.publicId())).map(Incident::id).contains(a.id());
        assertThat(store.incidents().findByEitherId(" " + b.id() + " ")).map(Incident::id).contains(b.id());
        assertThat(store.incidents().findByEitherId("99999999999999999999")).isEmpty();
        assertThat(store.incidents().findByEitherId("-1")).isEmpty();
        assertThat(store.incidents().publicIds(List.of(a.id(), b.id(), 987_654L))).containsOnly(
                Map.entry(a.id(), a.publicId()), Map.entry(b.id(), b.publicId()));
        assertThat(store.incidents().search(IncidentQuery.all()).items()).extracting(Incident::publicId)
                .containsExactlyInAnyOrder(a.publicId(), b.publicId());
    }

    @Test
    void importedIncidentsEachGetADistinctPublicIdInEveryBatch() {
        int rows = 12_345; // several batches of either store's sink
        try (ImportWriter w = store.incidents().beginImport(meta("many.csv"))) {
            for (int n = 0; n < rows; n++) w.upsert(IncidentForTest.at(35 + n * 0.0001, 36).record("pub:" + n));
            w.commit();
        }
        try (ImportWriter w = store.incidents().beginImport(meta("more.csv"))) { // into a store that is not empty: indexes kept
            w.upsert(IncidentForTest.at(35, 36).record("pub:more"));
            w.commit();
        }
        List<Incident> all = new ArrayList<>(store.incidents().search(IncidentQuery.all().page(10_000, 0)).items());
        all.addAll(store.incidents().search(IncidentQuery.all().page(10_000, 10_000)).items());
        assertThat(all).hasSize(rows + 1);
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Incident i : all) {
            assertThat(PublicId.isWellFormed(i.publicId())).as(i.publicId()).isTrue();
            assertThat(ids.add(i.publicId())).as("distinct: " + i.publicId()).isTrue();
        }
        Incident some = all.get(4321);
        assertThat(store.incidents().findByPublicId(some.publicId())).map(Incident::id).contains(some.id());
    }

    // ---- create, find, update, reports, revisions

    @Test
    void infoNamesTheStoreAndItsSchema() {
        var info = store.info();
        assertThat(info.kind()).isIn("sqlite", "postgresql");
        assertThat(info.schemaVersion()).isNotBlank().isNotEqualTo("0");
        assertThat(info.location()).doesNotContain("password").doesNotContain("user=");
        assertThat(info.spatialIndex()).isIn("postgis-gist", "btree lat/lon");
    }

    @Test
    void createdIncidentReadsBackWithEveryFact() {
        NewReport report = new NewReport("manual:1", SOHR, "Witnesses saw two jets", "en", Map.of("note", "by phone"));
        Incident created = store.incidents().create(fullFacts(), List.of(report));

        Incident found = store.incidents().find(created.id()).orElseThrow();
        assertThat(found.facts()).isEqualTo(fullFacts());
        assertThat(found.facts().date().instantUtc()).isEqualTo("2015-11-29T11:45:30Z");
        assertThat(found.editedByHand()).isTrue();
        assertThat(found.createdAt()).isNotNull();
        assertThat(found.reports()).singleElement().satisfies(r -> {
            assertThat(r.originKey()).isEqualTo("manual:1");
            assertThat(r.source()).isEqualTo(SOHR);
            assertThat(r.text()).isEqualTo("Witnesses saw two jets");
            assertThat(r.language()).isEqualTo("en");
            assertThat(r.revisionCount()).isEqualTo(1);
            assertThat(r.incidentId()).isEqualTo(created.id());
        });
        assertThat(found).isEqualTo(created);
    }

    @Test
    void unplacedIncidentWithoutOptionalFactsReadsBack() {
        IncidentFacts facts = IncidentForTest.unplaced("Kafr Nabl", "Idlib").on(IncidentDate.inYear(2016)).facts();
        Incident created = store.incidents().create(facts, List.of());
        assertThat(store.incidents().find(created.id()).orElseThrow().facts()).isEqualTo(facts);
        assertThat(store.incidents().find(created.id() + 1000)).isEmpty();
    }

    @Test
    void updateReplacesFactsAndMarksEditedByHand() {
        Incident created = store.incidents().create(IncidentForTest.at(36.2, 37.1).titled("First title").facts(), List.of());
        IncidentFacts corrected = IncidentForTest.at(36.21, 37.15).titled("Corrected title").on("2015-10-01")
                .hitting(MEDICAL).by("Russian forces").facts();

        Incident updated = store.incidents().update(created.id(), corrected);

        assertThat(updated.facts()).isEqualTo(corrected);
        assertThat(updated.editedByHand()).isTrue();
        assertThat(store.incidents().search(IncidentQuery.all().withText("corrected")).numberMatched()).isEqualTo(1);
        assertThat(store.incidents().search(IncidentQuery.all().withText("first")).numberMatched()).isZero();
        assertThat(store.incidents().search(IncidentQuery.all().withBbox(new BoundingBox(37.14, 36.20, 37.16, 36.22))).numberMatched()).isEqualTo(1);
        assertThat(store.incidents().search(IncidentQuery.all().withBbox(new BoundingBox(37.09, 36.19, 37.11, 36.201))).numberMatched()).isZero();
        assertThatThrownBy(() -> store.incidents().update(created.id() + 99, corrected)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void addedReportsAreKeptWithTheirFirstRevisionAndFoundByText() {
        Incident incident = store.incidents().create(IncidentForTest.at(35.9, 36.6).facts(), List.of());
        NewReport report = new NewReport("sohr:77", SOHR, "Barrel bombs fell on the bakery", "en",
                Map.of("headline", "Bakery hit", "casualties", "7"));

        Report added = store.incidents().addReport(incident.id(), report);

        assertThat(added.originKey()).isEqualTo("sohr:77");
        assertThat(added.incidentId()).isEqualTo(incident.id());
        assertThat(store.incidents().find(incident.id()).orElseThrow().reports()).containsExactly(added);
        List<ReportRevision> revisions = store.incidents().revisions(added.id());
        assertThat(revisions).singleElement().satisfies(rev -> {
            assertThat(rev.revision()).isEqualTo(1);
            assertThat(rev.importId()).isNull();
            assertThat(rev.fields()).isEqualTo(Map.of("headline", "Bakery hit", "casualties", "7"));
            assertThat(rev.contentHash()).hasSize(64);
        });
        assertThat(store.incidents().search(IncidentQuery.all().withText("bakery")).numberMatched()).isEqualTo(1);

        assertThatThrownBy(() -> store.incidents().addReport(incident.id(), report)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sohr:77");
        assertThatThrownBy(() -> store.incidents().addReport(incident.id() + 50, new NewReport("x:1", SOHR, null, null, null)))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(store.incidents().find(incident.id()).orElseThrow().reports()).hasSize(1);
    }

    @Test
    void dateOnlyRecordReadsBackTheSameDayInAnyTimeZone() {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati")); // UTC+14
            Incident created = store.incidents().create(IncidentForTest.at(35.9, 36.6).on("2015-11-29").facts(), List.of());
            Incident kiritimati = store.incidents().find(created.id()).orElseThrow();
            TimeZone.setDefault(TimeZone.getTimeZone("America/Adak")); // UTC-10 / -9
            Incident adak = store.incidents().find(created.id()).orElseThrow();
            LocalDate day = LocalDate.of(2015, 11, 29);
            for (Incident i : List.of(kiritimati, adak)) {
                assertThat(i.facts().date()).isEqualTo(IncidentDate.onDay(day));
            }
            assertThat(store.incidents().search(IncidentQuery.all().withPeriod(day, day)).numberMatched()).isEqualTo(1);
            assertThat(store.incidents().search(IncidentQuery.all().withPeriod(day.plusDays(1), null)).numberMatched()).isZero();
            assertThat(store.incidents().search(IncidentQuery.all().withPeriod(null, day.minusDays(1))).numberMatched()).isZero();
            assertThat(store.incidents().stats(IncidentQuery.all()).perDay()).containsOnlyKeys(day);
        } finally {
            TimeZone.setDefault(original);
        }
    }

    // ---- query filters

    private long idOf(IncidentForTest f) {
        return store.incidents().create(f.facts(), List.of()).id();
    }

    private List<Long> ids(IncidentQuery q) {
        return store.incidents().search(q.page(IncidentQuery.MAX_LIMIT, 0)).items().stream().map(Incident::id).toList();
    }

    @Test
    void bboxFiltersInclusivelyAndAcrossTheAntimeridian() {
        long damascus = idOf(IncidentForTest.at(33.51, 36.29));
        long aleppo = idOf(IncidentForTest.at(36.20, 37.16));
        long fiji = idOf(IncidentForTest.at(-17.7, 178.0));
        long samoa = idOf(IncidentForTest.at(-13.8, -172.1));
        long onEdge = idOf(IncidentForTest.at(-10.0, 180.0));
        idOf(IncidentForTest.unplaced("Somewhere", "Idlib"));

        assertThat(ids(IncidentQuery.all().withBbox(new BoundingBox(35, 33, 38, 37)))).containsExactlyInAnyOrder(damascus, aleppo);
        assertThat(ids(IncidentQuery.all().withBbox(new BoundingBox(36.29, 33.51, 36.29, 33.51)))).containsExactly(damascus);
        BoundingBox pacific = new BoundingBox(170, -20, -170, -10);
        assertThat(pacific.crossesAntimeridian()).isTrue();
        assertThat(ids(IncidentQuery.all().withBbox(pacific))).containsExactlyInAnyOrder(fiji, samoa, onEdge);
        assertThat(ids(IncidentQuery.all().withBbox(new BoundingBox(179, -20, -179, -10)))).containsExactly(onEdge);
        assertThat(ids(IncidentQuery.all().withBbox(new BoundingBox(-180, -90, 180, 90)))).hasSize(5);
    }

    @Test
    void periodFilterMatchesOverlappingDayWeekAndMonthWindows() {
        long day = idOf(IncidentForTest.at(35, 36).on("2015-11-29"));
        long week = idOf(IncidentForTest.at(35, 36).on(IncidentDate.between(LocalDate.of(2015, 11, 23), LocalDate.of(2015, 11, 29))));
        long month = idOf(IncidentForTest.at(35, 36).on(IncidentDate.inMonth(2015, 10)));
        long exact = idOf(IncidentForTest.at(35, 36).on(IncidentDate.at(LocalDate.of(2015, 11, 30), LocalTime.of(0, 30), ZoneOffset.ofHours(3))));
        assertThat(store.incidents().find(week).orElseThrow().facts().date().precision()).isEqualTo(DatePrecision.WEEK);

        assertThat(ids(IncidentQuery.all().withPeriod(LocalDate.of(2015, 11, 29), LocalDate.of(2015, 11, 29))))
                .containsExactlyInAnyOrder(day, week);
        assertThat(ids(IncidentQuery.all().withPeriod(LocalDate.of(2015, 11, 20), LocalDate.of(2015, 11, 23))))
                .containsExactly(week);
        assertThat(ids(IncidentQuery.all().withPeriod(LocalDate.of(2015, 10, 31), LocalDate.of(2015, 11, 1))))
                .containsExactly(month);
        assertThat(ids(IncidentQuery.all().withPeriod(LocalDate.of(2015, 11, 30), null))).containsExactly(exact);
        assertThat(ids(IncidentQuery.all().withPeriod(null, LocalDate.of(2015, 9, 30)))).isEmpty();
        assertThat(ids(IncidentQuery.all().withPeriod(LocalDate.of(2015, 9, 30), LocalDate.of(2015, 11, 29))))
                .containsExactly(month, week, day);
    }

    @Test
    void actorObjectGovernorateAndPlacedFilters() {
        long russian = idOf(IncidentForTest.at(35.9, 36.6).in("Ariha", "Idlib").by("Russian warplanes").hitting(MARKET, RESIDENTIAL));
        long both = idOf(IncidentForTest.at(36.2, 37.1).in("Aleppo", "ALEPPO").by("Government of Syria", "Russia (suspected)").hitting(MEDICAL));
        long none = idOf(IncidentForTest.unplaced("Douma", "Rif Dimashq").by("Unknown_100%"));

        assertThat(ids(IncidentQuery.all().withActor("russia"))).containsExactly(russian, both);
        assertThat(ids(IncidentQuery.all().withActor("GOVERNMENT of"))).containsExactly(both);
        assertThat(ids(IncidentQuery.all().withActor("_100%"))).containsExactly(none);
        assertThat(ids(IncidentQuery.all().withActor("_1%"))).isEmpty();
        assertThat(ids(IncidentQuery.all().withObject(MARKET))).containsExactly(russian);
        assertThat(ids(IncidentQuery.all().withObject(MEDICAL))).containsExactly(both);
        assertThat(ids(IncidentQuery.all().withObject(CivilianObject.SCHOOL))).isEmpty();
        assertThat(ids(IncidentQuery.all().withGovernorate("idlib"))).containsExactly(russian);
        assertThat(ids(IncidentQuery.all().withGovernorate("Aleppo"))).containsExactly(both);
        assertThat(ids(IncidentQuery.all().withGovernorate("Idl"))).isEmpty();
        assertThat(ids(IncidentQuery.all().withPlaced(true))).containsExactly(russian, both);
        assertThat(ids(IncidentQuery.all().withPlaced(false))).containsExactly(none);
        assertThat(ids(IncidentQuery.all().withActor("russia").withObject(MARKET).withGovernorate("IDLIB").withPlaced(true)))
                .containsExactly(russian);
    }

    @Test
    void textSearchFindsEnglishAndArabicCaseAndDiacriticsInsensitively() {
        long market = store.incidents().create(IncidentForTest.at(35.81, 36.61).titled("Strike on a crowded market")
                .in("Ariha", "Idlib").facts(), List.of()).id();
        long arabic = store.incidents().create(IncidentForTest.unplaced("أريحا", "إدلب").titled("قصفٌ على السوق").facts(),
                List.of(new NewReport("ar:1", SOHR, "استهدف الطيران الروسي مستشفى الأتارب", "ar", Map.of()))).id();
        long summary = store.incidents().create(IncidentForTest.at(36, 37).titled("Night raid").summary("Water station in Al-Bab destroyed")
                .facts(), List.of()).id();

        assertThat(ids(IncidentQuery.all().withText("MARKET"))).containsExactly(market);
        assertThat(ids(IncidentQuery.all().withText("crowded market"))).containsExactly(market);
        assertThat(ids(IncidentQuery.all().withText("crowded mosque"))).isEmpty();
        assertThat(ids(IncidentQuery.all().withText("ariha"))).containsExactly(market);
        assertThat(ids(IncidentQuery.all().withText("Idlib"))).containsExactly(market);
        assertThat(ids(IncidentQuery.all().withText("al-bab"))).containsExactly(summary);
        assertThat(ids(IncidentQuery.all().withText("station"))).containsExactly(summary);
        assertThat(ids(IncidentQuery.all().withText("stat"))).as("prefix").containsExactly(summary);
        // Arabic: plain alef finds hamza forms, short vowels are ignored, report texts and place names count.
        assertThat(ids(IncidentQuery.all().withText("اريحا"))).containsExactly(arabic);
        assertThat(ids(IncidentQuery.all().withText("ادلب"))).containsExactly(arabic);
        assertThat(ids(IncidentQuery.all().withText("قصف"))).containsExactly(arabic);
        assertThat(ids(IncidentQuery.all().withText("مستشفى"))).containsExactly(arabic);
        assertThat(ids(IncidentQuery.all().withText("مُسْتَشْفَى الروسي"))).containsExactly(arabic);
        assertThat(ids(IncidentQuery.all().withText("مدرسة"))).isEmpty();
        assertThat(ids(IncidentQuery.all().withText("\"*:&|!()"))).isEmpty();
    }

    @Test
    void pagesInDateOrderAndCountsAllMatches() {
        List<Long> created = new ArrayList<>();
        for (int d = 1; d <= 25; d++) {
            created.add(idOf(IncidentForTest.at(35, 36).on(String.format("2015-10-%02d", 26 - d))));
        }
        List<Long> byDate = created.reversed();
        SearchResult first = store.incidents().search(IncidentQuery.all().page(10, 0));
        SearchResult last = store.incidents().search(IncidentQuery.all().page(10, 20));
        assertThat(first.numberMatched()).isEqualTo(25);
        assertThat(first.items()).extracting(Incident::id).containsExactlyElementsOf(byDate.subList(0, 10));
        assertThat(last.numberMatched()).isEqualTo(25);
        assertThat(last.items()).extracting(Incident::id).containsExactlyElementsOf(byDate.subList(20, 25));
        assertThat(store.incidents().search(IncidentQuery.all().page(10, 30)).items()).isEmpty();
        assertThat(store.incidents().search(IncidentQuery.all().page(0, 0))).satisfies(r -> {
            assertThat(r.items()).isEmpty();
            assertThat(r.numberMatched()).isEqualTo(25);
        });
    }

    @Test
    void aListReadsTheSameIncidentsWithTheirReportsSourcesButNotTheirTexts() {
        IncidentForTest f = IncidentForTest.at(35.5, 36.5).on("2015-11-01").reportText("A long report text.", "en");
        long id = store.incidents().create(f.facts(), List.of(f.report("r:1"))).id();
        SearchResult full = store.incidents().search(IncidentQuery.all());
        var page = store.incidents().searchIds(IncidentQuery.all());
        assertThat(page.numberMatched()).isEqualTo(full.numberMatched()).isEqualTo(1);
        assertThat(page.ids()).containsExactly(id);
        assertThat(page.publicGeneration()).as("not the public's query").isEqualTo(-1);
        List<Incident> list = store.incidents().listed(page.ids(), null);
        assertThat(list).extracting(Incident::id).containsExactly(id);
        assertThat(store.incidents().listed(page.ids(), java.util.Set.of(org.groundtruth.incident.IncidentStatus.PUBLISHED)))
                .as("a draft is not of the statuses asked for").isEmpty();
        assertThat(list.get(0).facts()).isEqualTo(full.items().get(0).facts());
        assertThat(full.items().get(0).reports()).singleElement().satisfies(r -> assertThat(r.text()).isEqualTo("A long report text."));
        assertThat(list.get(0).reports()).singleElement().satisfies(r -> {
            assertThat(r.text()).isNull();
            assertThat(r.source()).isEqualTo(full.items().get(0).reports().get(0).source());
            assertThat(r.revisionCount()).isEqualTo(full.items().get(0).reports().get(0).revisionCount());
        });
    }

    @Test
    void thePublicsCountFollowsEveryChangeToWhatThePublicSeesAndNothingElse() {
        IncidentQuery box = IncidentQuery.all().withBbox(new org.groundtruth.incident.BoundingBox(36.0, 35.0, 37.0, 36.0))
                .withStatuses(java.util.Set.of(org.groundtruth.incident.IncidentStatus.PUBLISHED)).page(1, 0);
        var reviews = store.port(org.groundtruth.review.IncidentReviews.PORT);
        var note = org.groundtruth.audit.ChangeNote.system("test");
        long first = idOf(IncidentForTest.at(35.5, 36.5).on("2015-11-01"));
        reviews.publishAllDrafts(note);
        assertThat(store.incidents().search(box).numberMatched()).isEqualTo(1);
        assertThat(store.incidents().search(box.page(1, 1)).numberMatched()).as("the next page, counted once").isEqualTo(1);

        long second = idOf(IncidentForTest.at(35.6, 36.6).on("2015-11-02"));
        assertThat(store.incidents().search(box).numberMatched()).as("a draft is not counted").isEqualTo(1);
        reviews.publishAllDrafts(note);
        assertThat(store.incidents().search(box).numberMatched()).as("published").isEqualTo(2);

        IncidentForTest moved = IncidentForTest.at(33.5, 36.3).on("2015-11-02");
        store.incidents().update(second, moved.facts(), note);
        assertThat(store.incidents().search(box).numberMatched()).as("a correction waiting for review").isEqualTo(2);
        store.incidents().publishRevision(second, note);
        assertThat(store.incidents().search(box).numberMatched()).as("the correction published: moved out of the box").isEqualTo(1);
        reviews.move(first, org.groundtruth.incident.IncidentStatus.RETRACTED, org.groundtruth.account.Role.ADMIN, note.because("wrong"));
        assertThat(store.incidents().search(box).numberMatched()).as("retracted").isZero();
    }

    @Test
    void statsCountByDayGovernorateAndObject() {
        idOf(IncidentForTest.at(35.9, 36.6).in("Ariha", "Idlib").on("2015-11-29").hitting(MARKET, RESIDENTIAL));
        idOf(IncidentForTest.at(35.9, 36.6).in("Ariha", "Idlib").on("2015-11-29").hitting(MARKET));
        idOf(IncidentForTest.unplaced("Douma", null).on("2015-11-30"));
        idOf(IncidentForTest.at(36.2, 37.1).in("Aleppo", "Aleppo").on("2016-01-01").hitting(MEDICAL));

        IncidentStats all = store.incidents().stats(IncidentQuery.all());
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.placed()).isEqualTo(3);
        assertThat(all.perDay()).containsExactly(
                Map.entry(LocalDate.of(2015, 11, 29), 2L), Map.entry(LocalDate.of(2015, 11, 30), 1L),
                Map.entry(LocalDate.of(2016, 1, 1), 1L));
        assertThat(all.perGovernorate()).containsOnly(Map.entry("Idlib", 2L), Map.entry("", 1L), Map.entry("Aleppo", 1L));
        assertThat(all.perObject()).containsOnly(Map.entry(MARKET, 2L), Map.entry(RESIDENTIAL, 1L), Map.entry(MEDICAL, 1L));

        IncidentStats idlib = store.incidents().stats(IncidentQuery.all().withGovernorate("Idlib").page(1, 5));
        assertThat(idlib.total()).isEqualTo(2);
        assertThat(idlib.perObject()).containsOnly(Map.entry(MARKET, 2L), Map.entry(RESIDENTIAL, 1L));
    }

    @Test
    void statsCountIncidentsByTheDatasetsOfTheirReports() {
        IncidentForTest ucdp = IncidentForTest.at(36.2, 37.1).in("Aleppo", "Aleppo").on("2016-01-01").from(new Source("UCDP", "ucdp-ged", null));
        store.incidents().create(ucdp.facts(), List.of(ucdp.report("ucdp:1"), ucdp.report("ucdp:2")));
        IncidentForTest local = IncidentForTest.at(35.9, 36.6).in("Ariha", "Idlib").on("2015-11-29");
        store.incidents().create(local.facts(), List.of(local.report("local:1"), ucdp.report("ucdp:3")));
        idOf(IncidentForTest.unplaced("Douma", null).on("2015-11-30"));
        assertThat(store.incidents().stats(IncidentQuery.all()).perDataset()).containsOnly(Map.entry("ucdp-ged", 2L), Map.entry("test", 1L));
        assertThat(store.incidents().stats(IncidentQuery.all().withGovernorate("Aleppo")).perDataset()).containsOnly(Map.entry("ucdp-ged", 1L));
    }

    // ---- imports

    private static ImportMeta meta(String name) {
        return new ImportMeta(name, "test", "0".repeat(64));
    }

    private static final IncidentForTest ARIHA = IncidentForTest.at(35.81, 36.61).in("Ariha", "Idlib").titled("Ariha market")
            .reportText("Market struck at noon", "en").hitting(MARKET).killed(40, 49);
    private static final IncidentForTest DOUMA = IncidentForTest.unplaced("Douma", "Rif Dimashq").titled("Douma shelling");
    private static final IncidentForTest ALEPPO = IncidentForTest.at(36.2, 37.16).in("Aleppo", "Aleppo").titled("Hospital hit")
            .hitting(MEDICAL);

    private ImportRun importRows(String file, Map<String, IncidentForTest> rows, List<UpsertOutcome> outcomes) {
        try (ImportWriter w = store.incidents().beginImport(meta(file))) {
            rows.forEach((key, row) -> outcomes.add(w.upsert(row.record(key))));
            return w.commit();
        }
    }

    private static Map<String, IncidentForTest> threeRows() {
        var rows = new java.util.LinkedHashMap<String, IncidentForTest>();
        rows.put("test:1", ARIHA);
        rows.put("test:2", DOUMA);
        rows.put("test:3", ALEPPO);
        return rows;
    }

    @Test
    void importingTheSameRowsTwiceChangesNothing() {
        List<UpsertOutcome> first = new ArrayList<>();
        ImportRun run1 = importRows("a.csv", threeRows(), first);
        assertThat(first).containsOnly(UpsertOutcome.INSERTED);
        assertThat(run1.inserted()).isEqualTo(3);
        assertThat(run1.unplaced()).isEqualTo(1);
        SearchResult before = store.incidents().search(IncidentQuery.all());

        List<UpsertOutcome> second = new ArrayList<>();
        ImportRun run2 = importRows("a.csv", threeRows(), second);

        assertThat(second).containsOnly(UpsertOutcome.UNCHANGED);
        assertThat(run2.unchanged()).isEqualTo(3);
        assertThat(run2.inserted() + run2.updated()).isZero();
        assertThat(store.incidents().search(IncidentQuery.all())).isEqualTo(before);
        assertThat(store.incidents().imports()).extracting(ImportRun::id).containsExactly(run1.id(), run2.id());
        assertThat(store.incidents().imports().get(0)).isEqualTo(run1);
        Incident ariha = before.items().stream().filter(i -> i.facts().title().equals("Ariha market")).findFirst().orElseThrow();
        assertThat(ariha.facts()).isEqualTo(ARIHA.facts());
        assertThat(ariha.editedByHand()).isFalse();
        Report report = ariha.reports().get(0);
        assertThat(report.originKey()).isEqualTo("test:1");
        assertThat(store.incidents().revisions(report.id())).singleElement().satisfies(rev -> {
            assertThat(rev.importId()).isEqualTo(run1.id());
            assertThat(rev.fields()).containsEntry("title", "Ariha market").containsEntry("killed", "40-49");
        });
        assertThat(store.incidents().search(IncidentQuery.all().withText("noon")).numberMatched()).isEqualTo(1);
        assertThat(store.incidents().search(IncidentQuery.all().withBbox(new BoundingBox(36, 35, 37, 36))).numberMatched()).isEqualTo(1);
    }

    @Test
    void changedRowAddsARevisionAndUpdatesTheFacts() {
        importRows("a.csv", threeRows(), new ArrayList<>());
        var rows = threeRows();
        IncidentForTest revised = ARIHA.killed(43, 49).reportText("Market struck at noon; 43 named", "en");
        rows.put("test:1", revised);

        List<UpsertOutcome> outcomes = new ArrayList<>();
        ImportRun run = importRows("a-v2.csv", rows, outcomes);

        assertThat(outcomes).containsExactly(UpsertOutcome.UPDATED, UpsertOutcome.UNCHANGED, UpsertOutcome.UNCHANGED);
        assertThat(run.updated()).isEqualTo(1);
        assertThat(run.unchanged()).isEqualTo(2);
        Incident ariha = store.incidents().search(IncidentQuery.all().withText("ariha")).items().get(0);
        assertThat(ariha.facts()).isEqualTo(revised.facts());
        Report report = ariha.reports().get(0);
        assertThat(report.revisionCount()).isEqualTo(2);
        assertThat(report.text()).isEqualTo("Market struck at noon; 43 named");
        List<ReportRevision> revisions = store.incidents().revisions(report.id());
        assertThat(revisions).extracting(ReportRevision::revision).containsExactly(1, 2);
        assertThat(revisions.get(0).fields()).containsEntry("killed", "40-49");
        assertThat(revisions.get(1).fields()).containsEntry("killed", "43-49");
        assertThat(revisions.get(1).importId()).isEqualTo(run.id());
        assertThat(store.incidents().search(IncidentQuery.all().withText("named")).numberMatched()).isEqualTo(1);
        assertThat(store.incidents().search(IncidentQuery.all()).numberMatched()).isEqualTo(3);
    }

    @Test
    void importKeepsFactsThatAPersonEdited() {
        importRows("a.csv", threeRows(), new ArrayList<>());
        Incident ariha = store.incidents().search(IncidentQuery.all().withText("ariha")).items().get(0);
        IncidentFacts byHand = ARIHA.titled("Ariha market, verified").killed(44, 44).facts();
        store.incidents().update(ariha.id(), byHand);

        var rows = threeRows();
        rows.put("test:1", ARIHA.killed(10, 20).reportText("A later, different account", "en"));
        List<UpsertOutcome> outcomes = new ArrayList<>();
        importRows("a-v2.csv", rows, outcomes);

        assertThat(outcomes.get(0)).isEqualTo(UpsertOutcome.UPDATED);
        Incident after = store.incidents().find(ariha.id()).orElseThrow();
        assertThat(after.facts()).isEqualTo(byHand);
        assertThat(after.editedByHand()).isTrue();
        assertThat(after.reports().get(0).revisionCount()).isEqualTo(2);
        assertThat(store.incidents().revisions(after.reports().get(0).id())).hasSize(2);
        assertThat(store.incidents().search(IncidentQuery.all().withText("different account")).numberMatched()).isEqualTo(1);
    }

    @Test
    void sameKeyTwiceInOneImportIsInsertedThenUpdated() {
        try (ImportWriter w = store.incidents().beginImport(meta("dup.csv"))) {
            assertThat(w.upsert(ARIHA.record("test:9"))).isEqualTo(UpsertOutcome.INSERTED);
            assertThat(w.upsert(ARIHA.record("test:9"))).isEqualTo(UpsertOutcome.UNCHANGED);
            assertThat(w.upsert(ARIHA.killed(1, 2).record("test:9"))).isEqualTo(UpsertOutcome.UPDATED);
            w.commit();
        }
        Incident i = store.incidents().search(IncidentQuery.all()).items().get(0);
        assertThat(i.facts().casualties().killed()).isEqualTo(new CountRange(1, 2));
        assertThat(store.incidents().revisions(i.reports().get(0).id())).hasSize(2);
        assertThat(store.incidents().search(IncidentQuery.all().withText("ariha")).numberMatched()).isEqualTo(1);
    }

    @Test
    void revisionsKeepWhatEachImportSaidUnderThatImportsColumnNames() {
        FieldValues.Columns v1 = FieldValues.Columns.of(List.of("id", "notes", "killed", "extra"));
        FieldValues.Columns v2 = FieldValues.Columns.of(List.of("id", "killed", "notes"));
        String odd = "quote \" backslash \\ tab\t newline\n \u0001 قصف";
        try (ImportWriter w = store.incidents().beginImport(meta("v1.csv"))) {
            w.upsert(fieldsRecord("test:1", v1.row("1", odd, "40-49", null)));
            w.upsert(fieldsRecord("test:2", v1.row("2", "", "3", "x")));
            // a row whose columns differ from the file's (a GeoJSON feature's own properties): kept whole
            w.upsert(fieldsRecord("test:3", Map.of("id", "3", "notes", "own columns")));
            w.commit();
        }
        try (ImportWriter w = store.incidents().beginImport(meta("v2.csv"))) {
            assertThat(w.upsert(fieldsRecord("test:1", v2.row("1", "43-49", odd)))).isEqualTo(UpsertOutcome.UPDATED);
            assertThat(w.upsert(fieldsRecord("test:2", v2.row("2", "3", "")))).isEqualTo(UpsertOutcome.UPDATED);
            w.commit();
        }
        List<ReportRevision> one = store.incidents().revisions(reportOf("test:1").id());
        assertThat(one.get(0).fields()).containsOnly(Map.entry("id", "1"), Map.entry("notes", odd), Map.entry("killed", "40-49"));
        assertThat(one.get(1).fields()).containsOnly(Map.entry("id", "1"), Map.entry("killed", "43-49"), Map.entry("notes", odd));
        assertThat(one.get(0).contentHash()).isEqualTo(ImportedRecord.hashOf(v1.row("1", odd, "40-49", null)));
        List<ReportRevision> two = store.incidents().revisions(reportOf("test:2").id());
        assertThat(two.get(0).fields()).containsOnly(Map.entry("id", "2"), Map.entry("notes", ""), Map.entry("killed", "3"),
                Map.entry("extra", "x"));
        assertThat(two.get(1).fields()).containsOnly(Map.entry("id", "2"), Map.entry("killed", "3"), Map.entry("notes", ""));
        assertThat(store.incidents().revisions(reportOf("test:3").id()).get(0).fields())
                .isEqualTo(Map.of("id", "3", "notes", "own columns"));
        // the same rows again: nothing changes, nothing is added
        try (ImportWriter w = store.incidents().beginImport(meta("v2.csv"))) {
            assertThat(w.upsert(fieldsRecord("test:1", v2.row("1", "43-49", odd)))).isEqualTo(UpsertOutcome.UNCHANGED);
            w.commit();
        }
        assertThat(store.incidents().revisions(reportOf("test:1").id())).hasSize(2);
    }

    /**
     * Rows as a store of the previous schema held them (before the import-speed migrations): a finished import, an
     * incident with its search text, a report and a revision whose fields are a JSON object. Subclasses write them
     * into a store migrated only that far, add their own index rows, then open it with the current code.
     */
    protected static final List<String> PRE_UPGRADE_ROWS = List.of(
            "INSERT INTO imports (id, file_name, format, file_sha256, started_at, finished_at, inserted, updated, unchanged,"
                    + " unplaced) VALUES (1, 'old.csv', 'test', NULL, '2025-01-01T00:00:00Z', '2025-01-01T00:00:01Z', 1, 0, 0, 0)",
            "INSERT INTO incidents (id, title, summary, date_first, date_last, date_precision, lat, lon, location_precision,"
                    + " place_name, governorate, governorate_key, placed_by, objects_hit, perpetrators, actor_search, weapons,"
                    + " search_text, status, edited_by_hand, created_at, updated_at) VALUES (1, 'Old market strike',"
                    + " 'Market hit before the upgrade', '2015-11-29', '2015-11-29', 'DAY', 35.81, 36.61, 'TOWN', 'Ariha',"
                    + " 'Idlib', 'idlib', 'SOURCE', '[\"market\"]', '[]', '', '[]',"
                    + " 'old market strike market hit before the upgrade ariha idlib', 'DRAFT', '0', '2025-01-01T00:00:00Z',"
                    + " '2025-01-01T00:00:00Z')",
            "INSERT INTO reports (id, incident_id, origin_key, source_name, source_dataset, source_url, text, language,"
                    + " first_seen, last_changed, revision_count, content_hash) VALUES (1, 1, 'old:1', 'Monitor', 'test', NULL,"
                    + " 'Market hit before the upgrade', 'en', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 1, 'abc')",
            "INSERT INTO report_revisions (report_id, revision, import_id, recorded_at, content_hash, fields)"
                    + " VALUES (1, 1, 1, '2025-01-01T00:00:00Z', 'abc', '{\"id\":\"1\",\"notes\":\"Market hit\",\"gone\":null}')");

    /** {@code n} incidents (ids 1..n) as a store of the schema just before public ids (sqlite V8, postgres V9) held them. */
    protected static List<String> rowsBeforePublicIds(int n) {
        List<String> out = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            out.add(PRE_UPGRADE_ROWS.get(1).replace("VALUES (1, 'Old market strike'", "VALUES (" + k + ", 'Old market strike " + k + "'")
                    .replace("'DRAFT'", k % 2 == 0 ? "'PUBLISHED'" : "'DRAFT'"));
        }
        return out;
    }

    /** The store opened over {@link #rowsBeforePublicIds}: each incident got its own public id, kept at every later start. */
    protected void checkPublicIdsAssignedAtFirstStart(int n) throws Exception {
        List<Incident> all = store.incidents().search(IncidentQuery.all().page(10_000, 0)).items();
        assertThat(all).hasSize(n);
        java.util.Map<Long, String> first = new java.util.HashMap<>();
        for (Incident i : all) {
            assertThat(PublicId.isWellFormed(i.publicId())).as(i.publicId()).isTrue();
            first.put(i.id(), i.publicId());
        }
        assertThat(new java.util.HashSet<>(first.values())).as("distinct").hasSize(n);
        store.close();
        store = reopen();
        assertThat(store.incidents().publicIds(first.keySet())).as("kept at the next start").isEqualTo(first);
        Incident added = store.incidents().create(fullFacts(), List.of());
        assertThat(first.values()).doesNotContain(added.publicId());
        assertThat(store.incidents().findByPublicId(first.get(2L))).map(i -> i.facts().title()).contains("Old market strike 2");
    }

    /**
     * Four incidents as a store of the schema just before event kinds (sqlite and postgres V100) held them, with the
     * source rows their reports' revisions keep: an ACLED armed clash whose later revision recoded it an air strike
     * (columns kept once per import), a UCDP GED non-state battle (a JSON object), an incident with a Syrian Archive
     * barrel-bomb video and an ACLED clash, and a row of an unknown layout.
     */
    protected static List<String> rowsBeforeEventKinds() {
        List<String> out = new ArrayList<>(rowsBeforePublicIds(4));
        out.add("INSERT INTO imports (id, file_name, format, file_sha256, started_at, finished_at, inserted, updated, unchanged,"
                + " unplaced, field_names) VALUES (1, 'acled.csv', 'acled', NULL, '2025-01-01T00:00:00Z', '2025-01-01T00:00:01Z',"
                + " 2, 0, 0, 0, '[\"event_id_cnty\",\"event_type\",\"sub_event_type\",\"notes\"]')");
        String[][] reports = {
                {"1", "1", "acled:SYR1", "acled"}, {"2", "2", "ucdp-ged:216585", "ucdp-ged"},
                {"3", "3", "syrian-archive:37461", "syrian-archive"}, {"4", "3", "acled:SYR2", "acled"}, {"5", "4", "mine:1", "mine"}};
        for (String[] r : reports) {
            out.add("INSERT INTO reports (id, incident_id, origin_key, source_name, source_dataset, source_url, text, language,"
                    + " first_seen, last_changed, revision_count, content_hash) VALUES (" + r[0] + ", " + r[1] + ", '" + r[2]
                    + "', 'Monitor', '" + r[3] + "', NULL, 'text', 'en', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 1, 'abc')");
        }
        String revision = "INSERT INTO report_revisions (report_id, revision, import_id, recorded_at, content_hash, fields) VALUES (";
        out.add(revision + "1, 1, 1, '2025-01-01T00:00:00Z', 'a', '[\"SYR1\",\"Battles\",\"Armed clash\",\"Fighting\"]')");
        out.add(revision + "1, 2, 1, '2025-01-02T00:00:00Z', 'b', '[\"SYR1\",\"Explosions/Remote violence\",\"Air/drone strike\",\"Jets\"]')");
        out.add(revision + "2, 1, NULL, '2025-01-01T00:00:00Z', 'c', '{\"id\":\"216585\",\"type_of_violence\":\"2\","
                + "\"side_a\":\"Ahrar al-Sham\",\"side_b\":\"IS\",\"source_headline\":\"19 explosive barrels hit Daraya city\"}')");
        out.add(revision + "3, 1, NULL, '2025-01-01T00:00:00Z', 'd', '{\"Description\":\"Helicopter dropping a Barrel bomb\","
                + "\"Weapons_Used\":\"Barrel Bomb\"}')");
        out.add(revision + "4, 1, 1, '2025-01-01T00:00:00Z', 'e', '[\"SYR2\",\"Battles\",\"Armed clash\",\"Clashes\"]')");
        out.add(revision + "5, 1, NULL, '2025-01-01T00:00:00Z', 'f', '{\"id\":\"1\",\"what\":\"a strike\"}')");
        return out;
    }

    /**
     * The store opened over {@link #rowsBeforeEventKinds}: each incident has the kind its rows hold (the latest
     * revision counts; a strike coded by any report wins; rows that say nothing are unknown), and the kind filter
     * finds them.
     */
    protected void checkEventKindsGivenAtFirstStart() throws Exception {
        java.util.Map<Long, org.groundtruth.incident.EventKind> kinds = new java.util.HashMap<>();
        for (Incident i : store.incidents().search(IncidentQuery.all()).items()) kinds.put(i.id(), i.facts().kind());
        assertThat(kinds).containsOnly(Map.entry(1L, org.groundtruth.incident.EventKind.AIR_STRIKE),
                Map.entry(2L, org.groundtruth.incident.EventKind.GROUND_FIGHTING),
                Map.entry(3L, org.groundtruth.incident.EventKind.AIR_STRIKE), Map.entry(4L, org.groundtruth.incident.EventKind.UNKNOWN));
        assertThat(store.incidents().search(IncidentQuery.all().withKinds(org.groundtruth.incident.EventKind.STRIKES)).items())
                .extracting(Incident::id).containsExactly(1L, 3L);
        store.close();
        store = reopen();
        assertThat(store.incidents().find(2).orElseThrow().facts().kind()).isEqualTo(org.groundtruth.incident.EventKind.GROUND_FIGHTING);
    }

    /** The store opened over {@link #PRE_UPGRADE_ROWS}: old rows read back, are found, and take new revisions. */
    protected void checkUpgradedStore() {
        Incident old = store.incidents().find(1).orElseThrow();
        assertThat(PublicId.isWellFormed(old.publicId())).as("a row stored before public ids gets one at the first start").isTrue();
        assertThat(store.incidents().findByPublicId(old.publicId())).map(Incident::id).contains(1L);
        assertThat(store.incidents().revisions(1)).singleElement().satisfies(rev -> {
            assertThat(rev.importId()).isEqualTo(1L);
            assertThat(rev.fields()).containsOnly(Map.entry("id", "1"), Map.entry("notes", "Market hit"));
        });
        assertThat(store.incidents().search(IncidentQuery.all().withText("upgrade")).numberMatched()).isEqualTo(1);
        assertThat(store.incidents().search(IncidentQuery.all().withBbox(new BoundingBox(36.6, 35.8, 36.62, 35.82))).numberMatched()).isEqualTo(1);
        FieldValues.Columns columns = FieldValues.Columns.of(List.of("id", "notes"));
        try (ImportWriter w = store.incidents().beginImport(meta("new.csv"))) {
            assertThat(w.upsert(fieldsRecord("old:1", columns.row("1", "Market hit, later account")))).isEqualTo(UpsertOutcome.UPDATED);
            assertThat(w.upsert(fieldsRecord("new:2", columns.row("2", "A new row")))).isEqualTo(UpsertOutcome.INSERTED);
            w.commit();
        }
        assertThat(store.incidents().revisions(1)).extracting(ReportRevision::fields).containsExactly(
                Map.of("id", "1", "notes", "Market hit"), Map.of("id", "1", "notes", "Market hit, later account"));
        assertThat(store.incidents().search(IncidentQuery.all()).numberMatched()).isEqualTo(2);
        assertThat(store.incidents().search(IncidentQuery.all().withText("new")).numberMatched()).isEqualTo(1);
        assertThat(store.incidents().imports()).hasSize(2);
    }

    private static ImportedRecord fieldsRecord(String key, Map<String, String> fields) {
        return new ImportedRecord(key, ARIHA.facts(), new Source("Test monitor", "test", null), "text of " + key, "en",
                fields, null);
    }

    private Report reportOf(String originKey) {
        return store.incidents().search(IncidentQuery.all()).items().stream().flatMap(i -> i.reports().stream())
                .filter(r -> r.originKey().equals(originKey)).findFirst().orElseThrow();
    }

    @Test
    void aLargeImportIsFoundByTextAndSpaceAcrossItsBatches() {
        try (ImportWriter w = store.incidents().beginImport(meta("bulk.csv"))) {
            for (int n = 0; n < 4500; n++) {
                IncidentForTest row = IncidentForTest.at(35 + n * 0.0001, 36).titled("Strike " + (n % 2 == 0 ? "alpha" : "beta"));
                assertThat(w.upsert(row.record("bulk:" + n))).isEqualTo(UpsertOutcome.INSERTED);
                if (n == 3000) { // a row said again, changed, in the middle of the import: written batches are indexed
                    IncidentForTest changed = IncidentForTest.at(35.5, 36.5).titled("Strike gamma");
                    assertThat(w.upsert(changed.record("bulk:10"))).isEqualTo(UpsertOutcome.UPDATED);
                }
            }
            w.commit();
        }
        assertThat(store.incidents().search(IncidentQuery.all()).numberMatched()).isEqualTo(4500);
        assertThat(store.incidents().search(IncidentQuery.all().withText("alpha")).numberMatched()).isEqualTo(2249);
        assertThat(store.incidents().search(IncidentQuery.all().withText("beta")).numberMatched()).isEqualTo(2250);
        assertThat(store.incidents().search(IncidentQuery.all().withText("gamma")).items()).singleElement()
                .satisfies(i -> assertThat(i.reports().get(0).originKey()).isEqualTo("bulk:10"));
        assertThat(store.incidents().search(IncidentQuery.all().withBbox(new BoundingBox(35.9, 34.9, 36.1, 35.04995))).numberMatched())
                .isEqualTo(499); // rows 0 to 499 but bulk:10, which moved
        assertThat(store.incidents().search(IncidentQuery.all().withBbox(new BoundingBox(36.4, 35.4, 36.6, 35.6))).numberMatched()).isEqualTo(1);
    }

    @Test
    void importClosedWithoutCommitLeavesNothing() {
        importRows("a.csv", Map.of("test:1", ARIHA), new ArrayList<>());
        SearchResult before = store.incidents().search(IncidentQuery.all());
        try (ImportWriter w = store.incidents().beginImport(meta("b.csv"))) {
            w.upsert(DOUMA.record("test:2"));
            w.upsert(ARIHA.killed(1, 1).record("test:1"));
            for (int n = 0; n < 5000; n++) w.upsert(ALEPPO.record("bulk:" + n));
        }
        assertThat(store.incidents().search(IncidentQuery.all())).isEqualTo(before);
        assertThat(store.incidents().imports()).hasSize(1);
        assertThat(store.incidents().search(IncidentQuery.all().withText("douma")).numberMatched()).isZero();
        assertThat(store.incidents().search(IncidentQuery.all().withBbox(new BoundingBox(37, 36, 38, 37))).numberMatched()).isZero();
        // and the store still takes writes afterwards
        assertThat(importRows("c.csv", Map.of("test:2", DOUMA), new ArrayList<>()).inserted()).isEqualTo(1);
    }

    @Test
    void writerRefusesUseAfterCommit() {
        ImportWriter w = store.incidents().beginImport(meta("a.csv"));
        w.upsert(ARIHA.record("test:1"));
        w.commit();
        assertThatThrownBy(() -> w.upsert(DOUMA.record("test:2"))).isInstanceOf(IllegalStateException.class);
        w.close();
        assertThat(store.incidents().search(IncidentQuery.all()).numberMatched()).isEqualTo(1);
    }

    @Test
    void killedImportProcessLeavesTheStoreAsBefore() throws Exception {
        importRows("a.csv", threeRows(), new ArrayList<>());
        SearchResult before = store.incidents().search(IncidentQuery.all());
        List<ImportRun> importsBefore = store.incidents().imports();
        store.close();
        store = null;

        killChildMidImport();

        store = reopen();
        assertThat(store.incidents().search(IncidentQuery.all())).isEqualTo(before);
        assertThat(store.incidents().imports()).isEqualTo(importsBefore);
        assertThat(importRows("b.csv", Map.of("test:4", DOUMA), new ArrayList<>()).inserted()).isEqualTo(1);
    }

    /** The first import into an empty store builds its indexes at commit; a kill must undo that too. */
    @Test
    void killedFirstImportLeavesAnEmptyWorkingStore() throws Exception {
        store.close();
        store = null;

        killChildMidImport();

        store = reopen();
        assertThat(store.incidents().search(IncidentQuery.all()).numberMatched()).isZero();
        assertThat(store.incidents().imports()).isEmpty();
        importRows("a.csv", threeRows(), new ArrayList<>());
        assertThat(store.incidents().search(IncidentQuery.all().withText("hospital")).numberMatched()).isEqualTo(1);
        assertThat(store.incidents().search(IncidentQuery.all().withGovernorate("idlib")).numberMatched()).isEqualTo(1);
        assertThat(store.incidents().search(IncidentQuery.all().withBbox(new BoundingBox(37, 36, 38, 37))).numberMatched()).isEqualTo(1);
    }

    /** JVM options for the child of the crash tests. */
    protected List<String> childJvmOptions() {
        return List.of();
    }

    protected void killChildMidImport() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
        command.addAll(childJvmOptions());
        command.addAll(List.of(ImportThenHang.class.getName(), childStoreArgument()));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectErrorStream(true);
        Process child = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean midway = false;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(ImportThenHang.MIDWAY)) {
                    midway = true;
                    break;
                }
            }
            assertThat(midway).as("child reached the middle of its import").isTrue();
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
    }

}
