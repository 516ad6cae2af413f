package org.groundtruth.intake.read;

import org.apache.commons.csv.CSVRecord;
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
    private final CSVRecord record;
    private final long line;
    private List<RowProblem> problems;

    CsvRow(CsvTable table, CSVRecord record, long line) {
        this.table = table;
        this.record = record;
        this.line = line;
        int expected = table.header().size();
        if (record.size() != expected) {
            problem(null, "the row has " + record.size() + (record.size() == 1 ? " field" : " fields")
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
        return i < 0 || i >= record.size() ? null : record.get(i);
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
            String[] values = new String[columns.size()];
            for (int i = 0; i < values.length && i < record.size(); i++) values[i] = record.get(i);
            return columns.row(values);
        }
        List<String> header = table.header(); // repeated column names: the later value wins, as in any map
        Map<String, String> fields = new LinkedHashMap<>(header.size() * 2);
        for (int i = 0; i < header.size(); i++) fields.put(header.get(i), i < record.size() ? record.get(i) : null);
        return fields;
    }
}
