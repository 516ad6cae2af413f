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
}
