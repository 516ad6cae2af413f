package org.groundtruth.ingest;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldValuesTest {
    private final FieldValues.Columns columns = FieldValues.Columns.of(List.of("event_id", "notes", "tags"));

    @Test
    void isTheSameMapAsALinkedHashMapInColumnOrderAndHashesTheSame() {
        FieldValues row = columns.row("SYR1", "air strike", null);
        Map<String, String> same = new LinkedHashMap<>();
        same.put("event_id", "SYR1");
        same.put("notes", "air strike");
        same.put("tags", null);
        assertThat(row).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(row.keySet()).containsExactly("event_id", "notes", "tags");
        assertThat(row.get("notes")).isEqualTo("air strike");
        assertThat(row.get("missing")).isNull();
        assertThat(row.containsKey("tags")).isTrue();
        assertThat(ImportedRecord.hashOf(row)).isEqualTo(ImportedRecord.hashOf(same));
    }

    @Test
    void cannotBeChangedAfterwards() {
        String[] values = {"SYR1", "air strike", "x"};
        FieldValues row = columns.row(values);
        values[1] = "changed";
        assertThat(row.get("notes")).isEqualTo("air strike");
        assertThatThrownBy(() -> row.put("notes", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> row.entrySet().iterator().next().setValue("y")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(columns.row("SYR2")).containsEntry("tags", null).hasSize(3); // a short row: the rest absent
    }

    @Test
    void repeatedColumnNamesAreRefused() {
        assertThatThrownBy(() -> FieldValues.Columns.of(List.of("a", "b", "a"))).hasMessageContaining("duplicate");
    }
}
