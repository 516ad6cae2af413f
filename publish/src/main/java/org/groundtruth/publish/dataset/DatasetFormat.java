package org.groundtruth.publish.dataset;

import org.groundtruth.publication.PublishedIncident;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The formats of an open dataset, by the name the CLI and the API take: {@code csv} (ACLED-compatible columns, optional
 * HXL row), {@code geojson}, {@code gpkg} (GeoPackage) and {@code json} (the JSON Forensic Architecture's TimeMap loads).
 */
public enum DatasetFormat {
    CSV("csv", "text/csv; charset=utf-8", "csv"),
    GEOJSON("geojson", "application/geo+json", "geojson"),
    GPKG("gpkg", "application/geopackage+sqlite3", "gpkg"),
    JSON("json", "application/json", "json");

    private final String code;
    private final String mediaType;
    private final String extension;

    DatasetFormat(String code, String mediaType, String extension) {
        this.code = code;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String code() {
        return code;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Whether rows go straight to a stream; a GeoPackage is a database file and is written to a path first. */
    public boolean streams() {
        return this != GPKG;
    }

    public static Optional<DatasetFormat> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code.equals(t)).findFirst();
    }

    public static String codes() {
        return Arrays.stream(values()).map(DatasetFormat::code).collect(Collectors.joining(", "));
    }

    /**
     * Writes the rows to {@code out} (not closed); answers how many. {@code hxl} adds the HXL tag row (CSV only).
     *
     * @throws IllegalStateException for a GeoPackage, which is written with {@link #write(Iterator, Path, boolean)}
     */
    public long write(Iterator<PublishedIncident> rows, OutputStream out, boolean hxl) {
        return switch (this) {
            case CSV -> new CsvExport(hxl).write(rows, out);
            case GEOJSON -> new GeoJsonExport().write(rows, out);
            case JSON -> new TimeMapExport().write(rows, out);
            case GPKG -> throw new IllegalStateException("a GeoPackage is written to a file, not to a stream");
        };
    }

    /**
     * Writes the rows to {@code target}, all or nothing: into a file beside it, moved into place once complete, so a
     * failed or killed export leaves no half-written file (and an older file of that name as it was).
     */
    public long write(Iterator<PublishedIncident> rows, Path target, boolean hxl) {
        if (this == GPKG) return new GeoPackageExport().write(rows, target);
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            long n;
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                n = write(rows, out, hxl);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // nothing more can be done; the leftover is named .partial
            }
        }
    }
}
