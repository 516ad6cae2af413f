package org.groundtruth.storage.jdbc;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTest {
    @Test
    void fieldsRoundTripInOrderWithAwkwardCharactersAndWithoutNulls() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("notes", "He said \"run\"\\ then\nleft\t\u0001 — قصف");
        fields.put("empty", "");
        fields.put("missing", null);
        fields.put("a", "1");
        Map<String, String> back = Json.parseFields(Json.fields(fields));
        assertThat(back).containsExactly(Map.entry("notes", fields.get("notes")), Map.entry("empty", ""), Map.entry("a", "1"));
    }

    @Test
    void listsRoundTrip() {
        List<String> values = List.of("Russian \"warplanes\"", "Government of Syria\\Army", "");
        assertThat(Json.parseList(Json.list(values))).isEqualTo(values);
        assertThat(Json.list(List.of())).isEqualTo("[]");
        assertThat(Json.parseList("[]")).isEmpty();
    }

    /** The plain-list reader against Jackson (the oracle) on seeded random lists, escapes and spaces included. */
    @Test
    void plainListsReadAsJacksonReadsThem() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var type = new com.fasterxml.jackson.core.type.TypeReference<List<String>>() { };
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        String alphabet = "ab ,;:[]{}\"\\\n\tسوقé-0";
        int plain = 0;
        for (int k = 0; k < 50_000; k++) {
            List<String> values = new java.util.ArrayList<>();
            for (int n = random.nextInt(5); n > 0; n--) {
                StringBuilder b = new StringBuilder();
                for (int c = random.nextInt(8); c > 0; c--) b.append(alphabet.charAt(random.nextInt(random.nextInt(4) == 0 ? alphabet.length() : 2)));
                values.add(b.toString());
            }
            String json = Json.list(values);
            assertThat(Json.parseList(json)).as(json).isEqualTo(values);
            List<String> fast = Json.plainList(json);
            if (fast != null) {
                plain++;
                assertThat(fast).as(json).isEqualTo(mapper.readValue(json, type));
            }
        }
        assertThat(plain).as("most lists take the plain path").isGreaterThan(10_000);
        for (String odd : List.of("[\"a\", \"b\"]", "[null]", "[\"a\",]", "[\"a\"\"b\"]", "[\"a\"]x", "[\"\"]", "[\"a\\\"b\"]")) {
            List<String> fast = Json.plainList(odd);
            if (fast != null) assertThat(fast).as(odd).isEqualTo(mapper.readValue(odd, type));
        }
        assertThat(Json.plainList("[\"a\", \"b\"]")).as("spaces go to Jackson").isNull();
        assertThat(Json.plainList("[\"a\",]")).isNull();
        assertThat(Json.plainList("[\"a\"\"b\"]")).isNull();
    }
}
