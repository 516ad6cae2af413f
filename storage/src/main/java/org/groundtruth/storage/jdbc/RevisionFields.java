package org.groundtruth.storage.jdbc;

import org.groundtruth.ingest.FieldValues;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How one import writes its revisions' fields. The column names of a file are the same on every row, so the first
 * row's names are kept once, in {@code imports.field_names}, and every revision of a row with exactly those
 * columns keeps only its values (a JSON array, about half the bytes of the JSON object). A row with other columns
 * (a GeoJSON feature with its own properties, say) keeps a whole JSON object, as manual entries do. Called on the
 * importer's thread only.
 */
public final class RevisionFields {
    private FieldValues.Columns columns;
    private String namesJson;

    /** The JSON to store for this row's fields. */
    public String json(Map<String, String> fields) {
        if (fields instanceof FieldValues row) {
            if (columns == null) {
                columns = row.columns();
                List<String> names = new ArrayList<>(columns.size());
                for (int i = 0; i < columns.size(); i++) names.add(columns.name(i));
                namesJson = Json.list(names);
            }
            if (row.columns() == columns) return Json.values(row);
        }
        return Json.fields(fields);
    }

    /** The column names (a JSON array) that stored value arrays stand for, or null when none were stored. */
    public String namesJson() {
        return namesJson;
    }
}
