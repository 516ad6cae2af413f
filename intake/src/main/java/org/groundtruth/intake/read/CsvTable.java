package org.groundtruth.intake.read;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.groundtruth.ingest.FieldValues;
import org.groundtruth.ingest.ImportRejectedException;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A CSV file read row by row (never whole) with its header, each row knowing the 1-based line it starts on.
 * Column names are matched ignoring case and surrounding spaces.
 */
public final class CsvTable {
    private final InputFile file;
    private final CsvOptions options;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final FieldValues.Columns columns;
    private final Map<String, Integer> indexByName = new HashMap<>();
    /** Column names as importers ask for them, to skip lower-casing on every cell of a million rows. */
    private final Map<String, Integer> indexByAskedName = new HashMap<>();
    private long lastLineRead;

    private CsvTable(InputFile file, CsvOptions options) {
        this.file = file;
        this.options = options;
        Reader reader = file.text(options.charset(), FileSniffer.Expect.CSV);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(options.delimiter())
                .setQuote(options.quote())
                .setIgnoreEmptyLines(false)
                .setTrim(false)
                .get();
        try {
            this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.records = parser.iterator();
        CSVRecord first = next();
        if (first == null) throw file.rejected(0, null, "the file has no content, only blank lines");
        List<String> names = new ArrayList<>(first.size());
        for (int i = 0; i < first.size(); i++) {
            String name = first.get(i).strip();
            names.add(name);
            indexByName.putIfAbsent(key(name), i);
        }
        this.header = List.copyOf(names);
        this.columns = header.stream().distinct().count() == header.size() ? FieldValues.Columns.of(header) : null;
    }

    public static CsvTable open(InputFile file, CsvOptions options) {
        return new CsvTable(file, options);
    }

    public InputFile file() {
        return file;
    }

    public CsvOptions options() {
        return options;
    }

    public List<String> header() {
        return header;
    }

    /** The header as the shared column names of every row's fields; null when names repeat. */
    FieldValues.Columns columns() {
        return columns;
    }

    /** Index of the column, or -1. */
    public int indexOf(String column) {
        Integer i = indexByAskedName.get(column);
        if (i == null) {
            Integer found = indexByName.get(key(column));
            i = found == null ? -1 : found;
            indexByAskedName.put(column, i);
        }
        return i;
    }

    public boolean hasColumn(String column) {
        return indexOf(column) >= 0;
    }

    /** Refuses the file, naming every missing column, when the header lacks any of the required ones. */
    public void requireColumns(Collection<String> required, String formatLabel) {
        List<String> missing = required.stream().filter(c -> !hasColumn(c)).toList();
        if (missing.isEmpty()) return;
        String hint = header.size() == 1 && header.get(0).contains(";")
                ? " (the file seems to use ';' between columns, not ',')"
                : missing.size() * 2 > required.size() ? " (is this really " + formatLabel + " data?)" : "";
        throw file.rejected(1, missing.get(0), "missing " + (missing.size() == 1 ? "column " : "columns ")
                + String.join(", ", missing) + " required for " + formatLabel + hint + "; the header has: "
                + abbreviate(String.join(", ", header), 400));
    }

    /** Hands every data row, in order, to the action; blank lines are skipped. */
    public void forEachRow(Consumer<CsvRow> action) {
        while (true) {
            long startLine = lastLineRead + 1;
            CSVRecord record = next();
            if (record == null) return;
            if (record.size() == 1 && record.get(0).isBlank()) continue;
            action.accept(new CsvRow(this, record, startLine));
        }
    }

    private CSVRecord next() {
        try {
            if (!records.hasNext()) return null;
            CSVRecord record = records.next();
            lastLineRead = parser.getCurrentLineNumber();
            return record;
        } catch (UncheckedIOException e) {
            throw translate(e.getCause());
        } catch (IllegalStateException e) {
            // commons-csv wraps some parse errors this way
            if (e.getCause() instanceof IOException io) throw translate(io);
            throw e;
        }
    }

    private ImportRejectedException translate(IOException e) {
        if (e instanceof MalformedTextException m) return file.rejected(m.line(), null, m.getMessage());
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        // commons-csv says "(line 12) invalid char between encapsulated token and delimiter at line: 12, position: 345"
        message = message.replaceFirst("^IOException reading next record: ", "").replaceFirst("^\\(line \\d+\\) ", "");
        return file.rejected(lastLineRead + 1, null, "malformed CSV: " + message
                + " (a quote inside a quoted value must be doubled: \"\")");
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "...";
    }
}
