package org.groundtruth.intake.read;

import de.siegmar.fastcsv.reader.CsvRecord;
import org.groundtruth.ingest.FieldValues;
import org.groundtruth.ingest.RowProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One data row of a {@link CsvTable}: values by column name, and the problems found while interpreting it,
 * each naming the file, the row's line and the column.
 */
public final class CsvRow {
    private final CsvTable table;
    private final String[] values;
    private final long line;
    private List<RowProblem> problems;

    CsvRow(CsvTable table, CsvRecord record, long line) {
        this.table = table;
        this.values = record.getFields().toArray(String[]::new);
        this.line = line;
        int expected = table.header().size();
        if (values.length != expected) {
            problem(null, "the row has " + values.length + (values.length == 1 ? " field" : " fields")
                    + " but the header has " + expected + " (an unquoted '" + table.options().delimiter()
                    + "' inside a value?)");
        }
    }

    /** 1-based line the row starts on. */
    public long line() {
        return line;
    }

    public String fileName() {
        return table.file().name();
    }

    /** The cell as written, or null when the column does not exist or the row is short. */
    public String raw(String column) {
        int i = table.indexOf(column);
        return i < 0 || i >= values.length ? null : values[i];
    }

    /** The cell stripped of surrounding spaces, or null when it is blank or a null token such as "NA". */
    public String text(String column) {
        String v = raw(column);
        if (v == null) return null;
        v = v.strip();
        return v.isEmpty() || table.options().nullTokens().contains(v) ? null : v;
    }

    /** The cell parsed by the parser, or null when blank; a parser's IllegalArgumentException becomes a problem. */
    public <T> T parse(String column, Function<String, T> parser) {
        String v = text(column);
        if (v == null) return null;
        try {
            return parser.apply(v);
        } catch (IllegalArgumentException e) {
            problem(column, e.getMessage());
            return null;
        }
    }

    public void problem(String column, String message) {
        if (problems == null) problems = new ArrayList<>(2);
        problems.add(new RowProblem(fileName(), line, column, message));
    }

    public boolean hasProblems() {
        return problems != null;
    }

    public List<RowProblem> problems() {
        return problems == null ? List.of() : problems;
    }

    /** Header name to cell value, in file order: the raw fields of the imported record. */
    public Map<String, String> fields() {
        FieldValues.Columns columns = table.columns();
        if (columns != null) {
            String[] row = values.length == columns.size() ? values : java.util.Arrays.copyOf(values, columns.size());
            return columns.row(row);
        }
        List<String> header = table.header(); // repeated column names: the later value wins, as in any map
        Map<String, String> fields = new LinkedHashMap<>(header.size() * 2);
        for (int i = 0; i < header.size(); i++) fields.put(header.get(i), i < values.length ? values[i] : null);
        return fields;
    }
}
