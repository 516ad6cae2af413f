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

    /** The hand-written reader of plain lists against Jackson's, the oracle, on random lists and broken texts. */
    @Test
    void listsReadWithoutAParserAsJacksonReadsThem() throws Exception {
        var jackson = new com.fasterxml.jackson.databind.ObjectMapper();
        var type = new com.fasterxml.jackson.core.type.TypeReference<List<String>>() { };
        String alphabet = "ab \"\\,[]\n\u0001قصф—";
        java.util.Random random = new java.util.Random(4220);
        int plain = 0;
        for (int k = 0; k < 100_000; k++) {
            List<String> values = new java.util.ArrayList<>();
            for (int v = random.nextInt(4); v > 0; v--) {
                StringBuilder b = new StringBuilder();
                for (int c = random.nextInt(6); c > 0; c--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                values.add(b.toString());
            }
            String text = Json.list(values);
            if (random.nextInt(3) == 0) { // a broken or unusual text: one character changed or dropped
                int at = random.nextInt(text.length());
                text = random.nextBoolean() ? text.substring(0, at) + text.substring(at + 1)
                        : text.substring(0, at) + alphabet.charAt(random.nextInt(alphabet.length())) + text.substring(at + 1);
            }
            Object expected;
            try {
                expected = jackson.readValue(text, type);
            } catch (Exception e) {
                expected = "refused";
            }
            List<String> fast = Json.plainList(text);
            if (fast != null) {
                plain++;
                assertThat(fast).as(text).isEqualTo(expected);
            }
            Object read;
            try {
                read = Json.parseList(text);
            } catch (IllegalStateException e) {
                read = "refused";
            }
            assertThat(read).as(text).isEqualTo(expected);
        }
        assertThat(plain).as("texts read without Jackson").isGreaterThan(20_000);
    }
}
