package org.groundtruth.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.Incident;
import org.groundtruth.time.IncidentDate;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OgcApiTest {
    @TempDir
    static Path dir;
    TestServer t;
    Incident ariha, fiji, fijiWest, unplaced, monthOnly;
    final List<String> all = new ArrayList<>();

    @BeforeAll
    void start() {
        t = new TestServer(dir);
        ariha = t.add(IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Ariha market").in("Ariha", "Idlib")
                .hitting(CivilianObject.MARKET).by("Russian warplanes").killed(40, 49));
        for (int i = 0; i < 22; i++) {
            all.add(t.add(IncidentForTest.at(35.0 + i * 0.01, 36.7).on(java.time.LocalDate.of(2015, 10, 1).plusDays(i).toString())
                    .titled("Homs strike " + i).in("Talbiseh", "Homs").hitting(CivilianObject.RESIDENTIAL)).publicId());
        }
        fiji = t.add(IncidentForTest.at(-17.0, 179.5).on("2016-01-10").titled("East of the antimeridian"));
        fijiWest = t.add(IncidentForTest.at(-16.5, -179.5).on("2016-01-11").titled("West of the antimeridian"));
        unplaced = t.add(IncidentForTest.unplaced(null, null).on("2015-10-05").titled("Somewhere in Hama").in("Kafr Zita", "Hama"));
        monthOnly = t.add(IncidentForTest.at(36.2, 37.1).on(IncidentDate.inMonth(2015, 12)).titled("Aleppo, December").in("Aleppo", "Aleppo"));
        all.addAll(List.of(ariha.publicId(), fiji.publicId(), fijiWest.publicId(), unplaced.publicId(), monthOnly.publicId()));
    }

    @AfterAll
    void stop() {
        t.close();
    }

    @Test
    void landingPageLinksToTheDefinitionConformanceAndData() {
        var a = t.get("/ogc");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        JsonNode links = a.json().get("links");
        assertThat(link(links, "self").get("type").asText()).isEqualTo("application/json");
        assertThat(link(links, "service-desc").get("href").asText()).endsWith("/ogc/api");
        assertThat(link(links, "service-desc").get("type").asText()).startsWith("application/vnd.oai.openapi+json");
        assertThat(link(links, "conformance").get("href").asText()).endsWith("/ogc/conformance");
        assertThat(link(links, "data").get("href").asText()).endsWith("/ogc/collections");
        // every link the landing page gives answers
        for (JsonNode l : links) {
            String path = l.get("href").asText().substring(t.server.baseUrl().length());
            assertThat(t.get(path).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void conformanceDeclaresCoreGeoJsonAndOpenApi() {
        JsonNode c = t.get("/ogc/conformance?f=json").json().get("conformsTo");
        assertThat(StreamSupport.stream(c.spliterator(), false).map(JsonNode::asText)).contains(
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");
    }

    @Test
    void collectionHasCrs84AndAnExtentCoveringTheData() {
        JsonNode collections = t.get("/ogc/collections").json();
        assertThat(collections.get("collections")).hasSize(1);
        JsonNode c = t.get("/ogc/collections/incidents").json();
        assertThat(c.get("id").asText()).isEqualTo("incidents");
        assertThat(c.get("crs").get(0).asText()).isEqualTo("http://www.opengis.net/def/crs/OGC/1.3/CRS84");
        JsonNode box = c.at("/extent/spatial/bbox/0");
        assertThat(box.get(0).asDouble()).isEqualTo(-179.5);
        assertThat(box.get(1).asDouble()).isEqualTo(-17.0);
        assertThat(box.get(2).asDouble()).isEqualTo(179.5);
        assertThat(box.get(3).asDouble()).isEqualTo(36.2);
        JsonNode interval = c.at("/extent/temporal/interval/0");
        assertThat(interval.get(0).asText()).isEqualTo("2015-10-01T00:00:00Z");
        assertThat(interval.get(1).asText()).isEqualTo("2016-01-11T23:59:59Z");
        assertThat(link(c.get("links"), "items").get("type").asText()).isEqualTo("application/geo+json");
    }

    @Test
    void nextLinksWalkEveryIncidentOnceWithAConsistentNumberMatched() {
        Set<String> seen = new HashSet<>();
        String path = "/ogc/collections/incidents/items?limit=4";
        int pages = 0, returned = 0;
        while (path != null) {
            var a = t.get(path);
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.contentType()).startsWith("application/geo+json");
            JsonNode page = a.json();
            assertThat(page.get("type").asText()).isEqualTo("FeatureCollection");
            assertThat(page.get("numberMatched").asLong()).isEqualTo(all.size());
            assertThat(page.get("numberReturned").asInt()).isEqualTo(page.get("features").size());
            assertThat(page.get("timeStamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            returned += page.get("numberReturned").asInt();
            for (JsonNode f : page.get("features")) assertThat(seen.add(f.get("id").asText())).as("feature seen twice").isTrue();
            JsonNode next = link(page.get("links"), "next");
            if (pages > 0) assertThat(link(page.get("links"), "prev")).isNotNull();
            path = next == null ? null : next.get("href").asText().substring(t.server.baseUrl().length());
            if (pages++ > 20) throw new AssertionError("paging does not end");
        }
        assertThat(pages).isEqualTo((all.size() + 3) / 4);
        assertThat(returned).isEqualTo(all.size());
        assertThat(seen).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void nextLinksKeepTheFilters() {
        JsonNode page = t.get("/ogc/collections/incidents/items?governorate=Homs&limit=10").json();
        assertThat(page.get("numberMatched").asInt()).isEqualTo(22);
        String next = link(page.get("links"), "next").get("href").asText();
        assertThat(next).contains("governorate=Homs").contains("offset=10").contains("limit=10");
    }

    @Test
    void bboxSelectsByPlaceAndCrossesTheAntimeridian() {
        assertThat(ids("/ogc/collections/incidents/items?bbox=36.5,35.7,36.65,35.9")).containsExactly(ariha.publicId());
        assertThat(ids("/ogc/collections/incidents/items?bbox=179,-20,-179,-10")).containsExactlyInAnyOrder(fiji.publicId(), fijiWest.publicId());
        assertThat(ids("/ogc/collections/incidents/items?bbox=-10,-10,10,10")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "2015-11-29, 1",
            "2015-11-29T10:00:00Z, 1",
            "2015-10-01/2015-10-03, 3",
            "../2015-10-02, 2",
            "2016-01-01/.., 2",
            "2015-12-15/2015-12-15, 1",
            "2015-11-29T00:00:00Z/2015-11-29T23:59:59Z, 1",
    })
    void datetimeFiltersByInstantsAndIntervals(String datetime, int expected) {
        JsonNode page = t.get("/ogc/collections/incidents/items?datetime=" + datetime).json();
        assertThat(page.get("numberMatched").asInt()).as(datetime).isEqualTo(expected);
    }

    @Test
    void featureCarriesDateAndLocationPrecisionAndCasualtyRanges() {
        var a = t.get("/ogc/collections/incidents/items/" + ariha.publicId());
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/geo+json");
        JsonNode f = a.json();
        assertThat(f.at("/geometry/coordinates/0").asDouble()).isEqualTo(36.6096);
        assertThat(f.at("/geometry/coordinates/1").asDouble()).isEqualTo(35.8126);
        JsonNode p = f.get("properties");
        assertThat(p.get("title").asText()).isEqualTo("Ariha market");
        assertThat(p.get("date").asText()).isEqualTo("2015-11-29");
        assertThat(p.get("datePrecision").asText()).isEqualTo("day");
        assertThat(p.get("locationPrecision").asText()).isEqualTo("town");
        assertThat(p.get("killed").asText()).isEqualTo("40-49");
        assertThat(p.get("killedMin").asInt()).isEqualTo(40);
        assertThat(p.get("objectsHit").asText()).isEqualTo("market");
        assertThat(p.get("perpetrators").asText()).isEqualTo("Russian warplanes");
        assertThat(p.get("reports").asInt()).isEqualTo(1);
        assertThat(link(f.get("links"), "collection")).isNotNull();
        JsonNode month = t.get("/ogc/collections/incidents/items/" + monthOnly.publicId()).json().get("properties");
        assertThat(month.get("date").asText()).isEqualTo("2015-12 (month)");
        assertThat(month.get("datePrecision").asText()).isEqualTo("month");
    }

    @Test
    void unplacedIncidentsHaveNullGeometry() {
        JsonNode f = t.get("/ogc/collections/incidents/items/" + unplaced.publicId()).json();
        assertThat(f.has("geometry")).isTrue();
        assertThat(f.get("geometry").isNull()).isTrue();
        assertThat(f.at("/properties/locationPrecision").asText()).isEqualTo("unknown");
    }

    @Test
    void extraFiltersActorObjectGovernorateAndText() {
        assertThat(ids("/ogc/collections/incidents/items?actor=russian")).containsExactly(ariha.publicId());
        assertThat(ids("/ogc/collections/incidents/items?object=market")).containsExactly(ariha.publicId());
        assertThat(ids("/ogc/collections/incidents/items?governorate=Hama")).containsExactly(unplaced.publicId());
        assertThat(ids("/ogc/collections/incidents/items?q=antimeridian")).containsExactlyInAnyOrder(fiji.publicId(), fijiWest.publicId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"%22unbalanced", "market%20AND%20(", "*", "NEAR(a%20b)", "%D8%A3%D8%B1%D9%8A%D8%AD%D8%A7", "-", "%27%3B%20DROP%20TABLE%20incident%3B--"})
    void freeTextWithSearchSyntaxOrOtherScriptsNeverFails(String q) {
        var a = t.get("/ogc/collections/incidents/items?q=" + q);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bbox=1,2,3 | bbox",
            "bbox=a,b,c,d | bbox",
            "bbox=0,10,5,5 | bbox",
            "bbox=0,0,200,5 | bbox",
            "datetime=2015-13-45 | datetime",
            "datetime=2015-11-29/2015-10-01 | datetime",
            "datetime=../.. | datetime",
            "limit=0 | limit",
            "limit=ten | limit",
            "offset=-1 | offset",
            "object=spaceship | object",
            "colour=red | colour",
            "f=xml | f",
            "crs=EPSG:3857 | crs",
    })
    void badParametersAre400NamingTheParameter(String query, String parameter) {
        var a = t.get("/ogc/collections/incidents/items?" + query);
        assertThat(a.status()).as(query).isEqualTo(400);
        assertThat(a.json().get("code").asText()).isEqualTo("InvalidParameterValue");
        assertThat(a.json().get("description").asText()).startsWith(parameter + ":");
    }

    @Test
    void aLimitAboveTheMaximumIsCutToTheMaximum() {
        var a = t.get("/ogc/collections/incidents/items?limit=50000");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("numberReturned").asInt()).isEqualTo(all.size());
        assertThat(link(a.json().get("links"), "self").get("href").asText()).contains("limit=10000");
    }

    @Test
    void featuresAreNamedByPublicIdAndAnInternalNumberIsNoIdForThePublic() {
        var byPublicId = t.get("/ogc/collections/incidents/items/" + ariha.publicId());
        assertThat(byPublicId.json().get("id").asText()).isEqualTo(ariha.publicId());
        assertThat(byPublicId.json().at("/properties/internalId").isMissingNode()).isTrue();
        assertThat(link(byPublicId.json().get("links"), "self").get("href").asText()).endsWith("/items/" + ariha.publicId() + "?f=json");
        assertThat(link(byPublicId.json().get("links"), "alternate").get("href").asText()).endsWith("/api/incidents/" + ariha.publicId());
        var byNumber = t.get("/ogc/collections/incidents/items/" + ariha.id());
        assertThat(byNumber.status()).isEqualTo(404);
        String none = t.get("/ogc/collections/incidents/items/987654321").body().replace("987654321", "N");
        assertThat(byNumber.body().replace(Long.toString(ariha.id()), "N")).as("a published incident's number answers as no incident").isEqualTo(none);
        assertThat(t.get("/ogc/collections/incidents/items/" + ariha.publicId().toUpperCase(java.util.Locale.ROOT)).status()).isEqualTo(200);
        var staff = t.as(org.groundtruth.account.Role.VIEWER);
        assertThat(staff.get("/ogc/collections/incidents/items/" + ariha.id()).json().at("/properties/internalId").asLong())
                .as("signed-in users may name a feature by its number and see it").isEqualTo(ariha.id());
        for (JsonNode f : t.get("/ogc/collections/incidents/items?limit=100").json().get("features")) {
            assertThat(f.get("properties").has("internalId")).isFalse();
        }
    }

    @Test
    void unknownFeatureIs404() {
        var a = t.get("/ogc/collections/incidents/items/999999");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.json().get("code").asText()).isEqualTo("NotFound");
        assertThat(t.get("/ogc/collections/incidents/items/abc").status()).isEqualTo(404);
    }

    @Test
    void healthNamesTheStore() {
        JsonNode h = t.get("/health").json();
        assertThat(h.get("status").asText()).isEqualTo("ok");
        assertThat(h.get("store").asText()).isEqualTo("sqlite");
        assertThat(h.get("schemaVersion").isNull()).isFalse();
    }

    private List<String> ids(String path) {
        var a = t.get(path);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        for (JsonNode f : a.json().get("features")) out.add(f.get("id").asText());
        return out;
    }

    static JsonNode link(JsonNode links, String rel) {
        for (JsonNode l : links) if (l.get("rel").asText().equals(rel)) return l;
        return null;
    }
}
