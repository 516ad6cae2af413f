package org.groundtruth.incident;

import java.util.Map;
import java.util.Objects;

/** A report entered by hand or through the API, with the fields it said. */
public record NewReport(String originKey, Source source, String text, String language, Map<String, String> fields) {
    public NewReport {
        Objects.requireNonNull(originKey, "originKey");
        Objects.requireNonNull(source, "source");
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }
}
