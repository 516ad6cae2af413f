package org.groundtruth.publish.dataset;

import org.groundtruth.publication.PublishedIncident;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of the open dataset.
 *
 * @param name        the column name: ACLED's where ACLED has the concept, else {@code gt_...}
 * @param hxl         its Humanitarian Exchange Language tag ("#geo+lat")
 * @param type        how GeoJSON and GeoPackage type the value
 * @param description its meaning, for the data dictionary
 * @param value       the value for one incident, null when there is none
 */
public record Column(String name, String hxl, Type type, String description, Function<PublishedIncident, Object> value) {
    public enum Type { TEXT, INTEGER, DECIMAL, DATE, BOOLEAN }

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hxl, "hxl");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(value, "value");
    }

    /** The value as CSV text: empty for none. */
    public String text(PublishedIncident i) {
        Object v = value.apply(i);
        return v == null ? "" : v.toString();
    }
}
