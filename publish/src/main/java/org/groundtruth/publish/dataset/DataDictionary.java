package org.groundtruth.publish.dataset;

import java.util.List;

/**
 * The data dictionary that goes with every export: each column's name, HXL tag, type and meaning, and the rules the
 * exporter applied. Markdown, so that it reads as text and renders on any code host.
 */
public final class DataDictionary {
    private DataDictionary() {
    }

    public static String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# Groundtruth open dataset: data dictionary\n\n")
                .append("One row (or feature) per published incident. Columns named as ACLED names them mean what ACLED's do; ")
                .append("columns starting `gt_` are Groundtruth's own. Counts are ranges: `_min` is the lowest count the sources give, ")
                .append("`_max` the highest (empty when unknown, or when only 'at least' the minimum is known).\n\n")
                .append("What is never in it: unpublished incidents, internal ids, report texts, witnesses (names, contacts, statements), ")
                .append("spotters, evidence file names, and sources kept confidential (only counted in `gt_restricted_sources`). ")
                .append("Rows from sources whose terms forbid republishing them (ACLED) are given as references to their own ids ")
                .append("(`gt_reference_ids`); an incident resting only on such rows has `gt_values_withheld` true and no copied values.\n\n")
                .append("In the CSV, a text cell that a spreadsheet would run as a formula (starting with `=`, `@`, or `+`/`-` not followed ")
                .append("by a digit) starts with an apostrophe. Dates are local calendar dates; `gt_local_time` is the local clock time ")
                .append("and `gt_utc_offset` its offset from UTC.\n\n")
                .append("| column | HXL | type | meaning |\n|---|---|---|---|\n");
        for (Column c : Columns.ALL) {
            b.append("| `").append(c.name()).append("` | `").append(c.hxl()).append("` | ").append(c.type().name().toLowerCase(java.util.Locale.ROOT))
                    .append(" | ").append(c.description().replace("|", "\\|")).append(" |\n");
        }
        return b.toString();
    }

    public static List<Column> columns() {
        return Columns.ALL;
    }
}
