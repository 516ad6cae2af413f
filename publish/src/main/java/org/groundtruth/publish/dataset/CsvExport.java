package org.groundtruth.publish.dataset;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.groundtruth.publication.PublishedIncident;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

/**
 * Writes published incidents as CSV (RFC 4180, UTF-8, CRLF), streaming: one header row of {@link Columns}, an
 * optional row of HXL tags under it, then one row per incident as the iterator yields them.
 */
public final class CsvExport {
    private final List<Column> columns;
    private final boolean hxlRow;

    public CsvExport(boolean hxlRow) {
        this(Columns.ALL, hxlRow);
    }

    CsvExport(List<Column> columns, boolean hxlRow) {
        this.columns = List.copyOf(columns);
        this.hxlRow = hxlRow;
    }

    /**
     * A text cell a spreadsheet would run as a formula ("=HYPERLINK(...)", "@SUM", "-cmd|...") gets a leading
     * apostrophe, as OWASP advises for CSV injection; "+02:00" and "-3" stay as they are (a sign before a digit).
     */
    static String defused(String cell) {
        if (cell.isEmpty()) return cell;
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '@' || first == '\t' || first == '\r'
                || ((first == '+' || first == '-') && (cell.length() == 1 || !Character.isDigit(cell.charAt(1))));
        return formula ? "'" + cell : cell;
    }

    /** Writes every row and flushes; does not close {@code out}. Answers the number of incidents written. */
    public long write(Iterator<PublishedIncident> rows, OutputStream out) {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).bufferSize(64 * 1024).build(w);
        String[] cells = new String[columns.size()];
        for (int k = 0; k < cells.length; k++) cells[k] = columns.get(k).name();
        csv.writeRecord(cells);
        if (hxlRow) {
            for (int k = 0; k < cells.length; k++) cells[k] = columns.get(k).hxl();
            csv.writeRecord(cells);
        }
        long n = 0;
        while (rows.hasNext()) {
            PublishedIncident i = rows.next();
            for (int k = 0; k < cells.length; k++) {
                Column c = columns.get(k);
                cells[k] = c.type() == Column.Type.TEXT ? defused(c.text(i)) : c.text(i);
            }
            csv.writeRecord(cells);
            n++;
        }
        try {
            csv.flush();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }
}
