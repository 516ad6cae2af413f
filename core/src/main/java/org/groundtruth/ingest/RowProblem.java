package org.groundtruth.ingest;

/**
 * Something wrong with one place in an input file.
 *
 * @param line   1-based physical line in the file (0 when the problem concerns the whole file)
 * @param column the column name, or null when it concerns the whole row or file
 */
public record RowProblem(String file, long line, String column, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + (column != null ? " column '" + column + "'" : "") + ": " + message;
    }
}
