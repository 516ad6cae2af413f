package org.groundtruth.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.parser.OpenAPIParser;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.groundtruth.account.Role;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.EventKind;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.time.IncidentDate;
import org.groundtruth.web.Route;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What GIS clients read besides the features: the collection's schema and GeoJSON feature schema (field types), its
 * queryables (which filters run on the server) and the API definition they take their page size from. Every feature
 * served must hold exactly the declared properties, each value of its declared type, so that a column is never a
 * number on one page and a string on the next.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GisSchemaTest {
    @TempDir
    static Path dir;
    TestServer t;
    final List<Incident> incidents = new ArrayList<>();

    @BeforeAll
    void start() {
        t = new TestServer(dir);
        incidents.add(t.add(IncidentForTest.at(35.8126, 36.6096).on(IncidentDate.at(LocalDate.of(2015, 11, 29), LocalTime.of(11, 40), ZoneOffset.ofHours(2)))
                .titled("Ariha market").in("Ariha", "Idlib").hitting(CivilianObject.MARKET).by("Russian warplanes").weapons("Su-24").killed(40, 49)));
        incidents.add(t.add(IncidentForTest.at(34.73, 36.71).on("2015-10-15").titled("Talbiseh, dead not counted").in("Talbiseh", "Homs").killed(null, null).kind(EventKind.SHELLING)));
        incidents.add(t.add(IncidentForTest.at(35.13, 36.75).on("2015-10-16").titled("Hama, at least five").in("Hama", "Hama").killed(5, null).kind(EventKind.GROUND_FIGHTING)));
        incidents.add(t.add(IncidentForTest.unplaced("Kafr Zita", "Hama").on("2015-10-05").titled("Somewhere in Hama").kind(EventKind.UNKNOWN)));
        incidents.add(t.add(IncidentForTest.at(36.2, 37.1).on(IncidentDate.inMonth(2015, 12)).titled("Aleppo, December").in("Aleppo", "Aleppo").killed(0, 0)));
        assertThat(t.as(Role.INVESTIGATOR).send("POST", "/api/incidents/" + incidents.getFirst().publicId() + "/responses",
                "{\"party\": \"Party A\", \"kind\": \"denial\", \"date\": \"2015-12-01\", \"text\": \"Not us.\"}").status()).isEqualTo(201);
    }

    @AfterAll
    void stop() {
        t.close();
    }

    @Test
    void everyFeatureHoldsTheDeclaredPropertiesEachValueOfItsType() {
        List<String> failures = new ArrayList<>();
        for (TestServer.Client caller : List.of(t.anonymous(), t.as(Role.VIEWER))) {
            boolean signedIn = !caller.headers().isEmpty();
            Set<String> expected = new TreeSet<>();
            for (FeatureSchema.Property p : FeatureSchema.PROPERTIES) {
                if (p.where().equals("every") || (signedIn && p.where().equals("signed-in"))) expected.add(p.name());
            }
            JsonNode features = caller.get("/ogc/collections/incidents/items?limit=100").json().get("features");
            assertThat(features).hasSize(incidents.size());
            for (JsonNode f : features) {
                Set<String> names = new TreeSet<>();
                f.get("properties").fieldNames().forEachRemaining(names::add);
                assertThat(names).as("properties of " + f.get("id")).isEqualTo(expected);
                conforms(f, failures);
                // a single item may add what is computed on read, all of it declared too
                JsonNode item = caller.get("/ogc/collections/incidents/items/" + f.get("id").asText()).json();
                item.get("properties").fieldNames().forEachRemaining(n -> {
                    if (FeatureSchema.PROPERTIES.stream().noneMatch(p -> p.name().equals(n))) failures.add(f.get("id") + ": undeclared property " + n);
                });
                conforms(item, failures);
            }
        }
        assertThat(failures).isEmpty();
        // the cases that made GIS tools guess: counts not given are null, never "unknown" or "0"
        JsonNode uncounted = feature("Talbiseh, dead not counted");
        assertThat(uncounted.at("/properties/killedMin").isNull()).isTrue();
        assertThat(uncounted.at("/properties/killedMax").isNull()).isTrue();
        assertThat(feature("Hama, at least five").at("/properties/killedMin").isInt()).isTrue();
        assertThat(feature("Hama, at least five").at("/properties/killedMax").isNull()).isTrue();
        assertThat(feature("Aleppo, December").at("/properties/killedMax").asInt(-1)).isZero();
        assertThat(feature("Somewhere in Hama").at("/properties/radiusMetres").isNull()).as("no point, no radius").isTrue();
        assertThat(feature("Ariha market").at("/properties/radiusMetres").isInt()).isTrue();
    }

    private JsonNode feature(String title) {
        for (JsonNode f : t.get("/ogc/collections/incidents/items?limit=100").json().get("features")) {
            if (f.at("/properties/title").asText().equals(title)) return f;
        }
        throw new AssertionError("no feature " + title);
    }

    private static void conforms(JsonNode feature, List<String> failures) {
        feature.get("properties").properties().forEach(e -> {
            FeatureSchema.Property p = FeatureSchema.PROPERTIES.stream().filter(q -> q.name().equals(e.getKey())).findFirst().orElse(null);
            if (p == null) return;
            JsonNode v = e.getValue();
            String where = feature.get("id").asText() + " " + p.name() + " = " + v;
            if (v.isNull()) {
                if (!p.nullable()) failures.add(where + ": null, but not nullable");
                return;
            }
            boolean ok = switch (p.type()) {
                case STRING -> v.isTextual();
                case INTEGER -> v.isIntegralNumber();
                case NUMBER -> v.isNumber();
                case BOOLEAN -> v.isBoolean();
                case ARRAY -> v.isArray();
                case OBJECT -> v.isObject();
            };
            if (!ok) failures.add(where + ": not a JSON " + p.type());
            if (ok && !p.values().isEmpty() && !p.values().contains(v.asText())) failures.add(where + ": not one of " + p.values());
            if (ok && "date".equals(p.format())) LocalDate.parse(v.asText());
            if (ok && "date-time".equals(p.format())) java.time.OffsetDateTime.parse(v.asText());
        });
    }

    @Test
    void theSchemasDeclareEveryPropertyWithItsType() {
        JsonNode collection = t.get("/ogc/collections/incidents").json();
        String describedBy = null, schema = null, queryables = null;
        for (JsonNode l : collection.get("links")) {
            String rel = l.get("rel").asText(), type = l.get("type").asText(), href = l.get("href").asText();
            if (rel.equalsIgnoreCase("describedby") && type.equals("application/schema+json")) describedBy = href;
            if (rel.equals("http://www.opengis.net/def/rel/ogc/1.0/schema")) schema = href;
            if (rel.equals("http://www.opengis.net/def/rel/ogc/1.0/queryables")) queryables = href;
        }
        assertThat(describedBy).endsWith("/ogc/collections/incidents/feature-schema");
        assertThat(schema).endsWith("/ogc/collections/incidents/schema");
        assertThat(queryables).endsWith("/ogc/collections/incidents/queryables");

        var part5 = t.get(path(schema));
        assertThat(part5.contentType()).isEqualTo("application/schema+json;charset=utf-8");
        JsonNode props = part5.json().get("properties");
        assertThat(part5.json().get("$id").asText()).isEqualTo(schema);
        Set<String> names = new LinkedHashSet<>();
        props.fieldNames().forEachRemaining(names::add);
        Set<String> declared = new LinkedHashSet<>(List.of("id", "geometry"));
        FeatureSchema.itemProperties(false).forEach(p -> declared.add(p.name()));
        assertThat(names).as("what the items hold for the public").isEqualTo(declared);
        assertThat(t.as(Role.VIEWER).get(path(schema)).json().get("properties").has("internalId")).isTrue();
        assertThat(props.at("/killedMax/type").asText()).isEqualTo("integer");
        assertThat(props.at("/killedMax/nullable").asBoolean()).isTrue();
        props.properties().forEach(e -> assertThat(e.getKey().equals("geometry") || e.getValue().get("type").isTextual()).as(e.getKey()).isTrue());
        assertThat(props.at("/reports/type").asText()).isEqualTo("integer");
        assertThat(props.at("/dateFirstDay/format").asText()).isEqualTo("date");
        assertThat(props.at("/dateFirstDay/x-ogc-role").asText()).isEqualTo("primary-interval-start");
        assertThat(props.at("/geometry/x-ogc-role").asText()).isEqualTo("primary-geometry");

        // the form GDAL reads: one type per property, under the feature's "properties"
        JsonNode geoJson = t.get(path(describedBy)).json().at("/properties/properties/properties");
        assertThat(geoJson.at("/killedMax/type").asText()).isEqualTo("integer");
        assertThat(geoJson.at("/killedMax/nullable").asBoolean()).isTrue();
        assertThat(geoJson.at("/instantUtc/format").asText()).isEqualTo("date-time");
        assertThat(geoJson.at("/editedByHand/type").asText()).isEqualTo("boolean");
        assertThat(geoJson.at("/dateFirstDay/format").asText()).isEqualTo("date");
        assertThat(geoJson.at("/updatedAt/format").isMissingNode()).as("GDAL would filter it as the incident's date").isTrue();
        assertThat(props.at("/updatedAt/format").asText()).isEqualTo("date-time");
        geoJson.properties().forEach(e -> assertThat(e.getValue().get("type").isTextual()).as(e.getKey()).isTrue());

        JsonNode q = t.get(path(queryables)).json().get("properties");
        Set<String> queryable = new TreeSet<>();
        q.fieldNames().forEachRemaining(queryable::add);
        assertThat(queryable).containsExactlyInAnyOrder("geometry", "dateFirstDay", "dateLastDay", "governorate", "grade", "claimed", "kind");
        // GDAL and QGIS offer the event kinds as a list to filter by, and send the filter to the server
        List<String> kinds = List.of("air_strike", "missile", "shelling", "ground_fighting", "other", "unknown");
        assertThat(q.at("/kind/type").asText()).isEqualTo("string");
        assertThat(q.get("kind").get("enum")).extracting(JsonNode::asText).containsExactlyElementsOf(kinds);
        assertThat(props.get("kind").get("enum")).extracting(JsonNode::asText).containsExactlyElementsOf(kinds);
        assertThat(geoJson.at("/kind/type").asText()).isEqualTo("string");
    }

    /**
     * Each queryable property is a query parameter of the items that selects exactly the features whose property
     * equals the value (checked against all features filtered here), so a client may send the filter to the server.
     */
    @Test
    void queryablesFilterTheItemsByEquality() {
        JsonNode all = t.get("/ogc/collections/incidents/items?limit=100").json().get("features");
        for (String name : FeatureSchema.QUERYABLE) {
            Set<String> values = new TreeSet<>();
            for (JsonNode f : all) if (!f.at("/properties/" + name).isNull()) values.add(f.at("/properties/" + name).asText());
            if (name.equals("claimed")) values.addAll(List.of("true", "false"));
            for (String value : values) {
                Set<String> expected = new TreeSet<>();
                for (JsonNode f : all) if (f.at("/properties/" + name).asText().equals(value)) expected.add(f.get("id").asText());
                Set<String> served = new TreeSet<>();
                var answer = t.get("/ogc/collections/incidents/items?limit=100&" + name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
                assertThat(answer.status()).as(name + "=" + value).isEqualTo(200);
                answer.json().get("features").forEach(f -> served.add(f.get("id").asText()));
                assertThat(served).as(name + "=" + value).isEqualTo(expected);
            }
        }
    }

    /** What GDAL sends for filters on typed fields: a date with a bare T, a boolean as 1 or 0. */
    @Test
    void filtersAsGdalWritesThemAreUnderstood() {
        assertThat(ids("datetime=2015-10-16T%2F..")).isEqualTo(ids("datetime=2015-10-16%2F..")).hasSize(3);
        assertThat(ids("datetime=..%2F2015-10-16T")).isEqualTo(ids("datetime=..%2F2015-10-16")).hasSize(3);
        assertThat(ids("claimed=0")).isEqualTo(ids("claimed=false")).hasSize(incidents.size());
        assertThat(ids("claimed=1")).isEqualTo(ids("claimed=true")).isEmpty();
        assertThat(ids("kind=ground_fighting")).containsExactly(incidents.get(2).publicId());
        assertThat(ids("kind=air_strike")).hasSize(2);
        assertThat(t.get("/ogc/collections/incidents/items?kind=battle_of_wits").status()).isEqualTo(400);
        assertThat(t.get("/ogc/collections/incidents/items?claimed=2").status()).isEqualTo(400);
    }

    private Set<String> ids(String query) {
        var a = t.get("/ogc/collections/incidents/items?limit=100&" + query);
        assertThat(a.status()).as(query).isEqualTo(200);
        Set<String> ids = new TreeSet<>();
        a.json().get("features").forEach(f -> ids.add(f.get("id").asText()));
        return ids;
    }

    /**
     * The landing page's API definition is this API's own, with paths from /ogc: GDAL (3.8 and later) looks the items'
     * limit parameter up at /collections/incidents/items and QGIS at components/parameters/limit, and both take their
     * page size from its default and maximum.
     */
    @Test
    void theApiDefinitionGivesGisClientsTheirPageSize() {
        String serviceDesc = null;
        for (JsonNode l : t.get("/ogc").json().get("links")) if (l.get("rel").asText().equals("service-desc")) serviceDesc = l.get("href").asText();
        var a = t.get(path(serviceDesc));
        assertThat(a.contentType()).startsWith("application/vnd.oai.openapi+json;version=3.0");
        assertThat(new OpenAPIParser().readContents(a.body(), null, null).getMessages()).as("OpenAPI problems").isEmpty();
        JsonNode api = a.json();
        assertThat(api.at("/servers/0/url").asText()).isEqualTo(t.server.baseUrl() + "/ogc");
        Set<String> paths = new TreeSet<>();
        api.get("paths").fieldNames().forEachRemaining(paths::add);
        Set<String> served = new TreeSet<>();
        for (Route r : t.server.routes()) if (r.path().equals("/ogc")) served.add("/"); else if (r.path().startsWith("/ogc/")) served.add(r.path().substring(4));
        assertThat(paths).isEqualTo(served).contains("/collections/incidents/items", "/collections/incidents/queryables");

        // GDAL 3.8+: the $ref of the parameter named like "limit" under the items path, resolved in this document
        String ref = null;
        for (JsonNode p : api.at("/paths/~1collections~1incidents~1items/get/parameters")) {
            if (p.path("$ref").asText().contains("limit")) ref = p.get("$ref").asText();
        }
        assertThat(ref).isEqualTo("#/components/parameters/limit");
        JsonNode limit = api.at(ref.substring(1));
        int def = limit.at("/schema/default").asInt(), max = limit.at("/schema/maximum").asInt();
        assertThat(Math.min(Math.max(1000, def), max)).as("GDAL's page size").isEqualTo(1000);
        // QGIS: components/parameters/limit with an integer maximum and default
        assertThat(api.at("/components/parameters/limit/schema/maximum").isInt()).isTrue();
        assertThat(api.at("/components/parameters/limit/schema/default").isInt()).isTrue();
        // and the server serves that page
        assertThat(t.get("/ogc/collections/incidents/items?limit=" + max).status()).isEqualTo(200);
    }

    private String path(String href) {
        return href.substring(t.server.baseUrl().length());
    }
}
