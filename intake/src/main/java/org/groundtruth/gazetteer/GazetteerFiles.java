package org.groundtruth.gazetteer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.groundtruth.ingest.ImportRejectedException;
import org.groundtruth.ingest.RowProblem;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.CountryCodes;
import org.groundtruth.place.LocationPrecision;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads places from files a user gives: a GeoNames dump and a simple CSV. Files are read whole and refused whole:
 * a bad row rejects the file with every problem found (file, line, column), and no place of it is used.
 */
public final class GazetteerFiles {
    private GazetteerFiles() {
    }

    /** At most this many problems are collected before a file is refused. */
    static final int MAX_PROBLEMS = 50;

    // ------------------------------------------------------------------------------------------------ GeoNames

    /**
     * Reads a standard GeoNames dump (tab-separated, no header: geonameid, name, asciiname, alternatenames, latitude,
     * longitude, feature class, feature code, country code, cc2, admin1 code, admin2 code, ...), such as SY.txt or
     * cities15000.txt. Populated places (class P) become TOWN places (PPLX: NEIGHBOURHOOD), first-level areas (ADM1)
     * GOVERNORATE places, other administrative divisions (class A) and areas (class L) DISTRICT places; other classes
     * (mountains, rivers, buildings) are skipped. Governorate names come from an admin1CodesASCII.txt beside the dump
     * when there is one, else from the bundled Syria / Ukraine admin-1 table, else the code itself ("SY.10").
     * Alternate names in Arabic script give the Arabic name.
     */
    public static List<Place> loadGeoNames(Path dump) {
        String file = dump.toString();
        Map<String, String> admin1 = new HashMap<>(BundledGazetteer.admin1Names());
        Path codes = dump.toAbsolutePath().getParent() == null ? null : dump.toAbsolutePath().getParent().resolve("admin1CodesASCII.txt");
        if (codes != null && Files.isRegularFile(codes)) admin1.putAll(readAdmin1Codes(codes));
        try (Reader reader = open(dump)) {
            return readGeoNames(file, reader, admin1);
        } catch (IOException e) {
            throw withEncodingLine(dump, CsvRows.readFailure(dump.toString(), 0, e));
        } catch (ImportRejectedException e) {
            throw withEncodingLine(dump, e);
        }
    }

    static List<Place> readGeoNames(String file, Reader reader, Map<String, String> admin1Names) throws IOException {
        List<Place> places = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        long lineNo = 0;
        String line;
        try {
            while ((line = lines.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 11) {
                    problems.add(new RowProblem(file, lineNo, null, "expected the GeoNames tab-separated columns (at least 11,"
                            + " up to admin1 code), found " + f.length + (f.length == 1 ? " (is this a tab-separated GeoNames file?)" : "")));
                } else {
                    geoNamesPlace(file, lineNo, f, admin1Names, problems, places);
                }
                if (problems.size() >= MAX_PROBLEMS) break;
            }
        } catch (IOException e) {
            throw CsvRows.readFailure(file, lineNo + 1, e);
        }
        if (lineNo == 0) throw CsvRows.reject(file, 0, null, "empty file");
        if (!problems.isEmpty()) throw new ImportRejectedException(problems);
        return places;
    }

    private static void geoNamesPlace(String file, long line, String[] f, Map<String, String> admin1Names,
                                      List<RowProblem> problems, List<Place> out) {
        String featureClass = f[6].strip();
        String featureCode = f[7].strip();
        LocationPrecision level = switch (featureClass) {
            case "P" -> featureCode.equals("PPLX") ? LocationPrecision.NEIGHBOURHOOD : LocationPrecision.TOWN;
            case "A" -> featureCode.startsWith("ADM1") ? LocationPrecision.GOVERNORATE : LocationPrecision.DISTRICT;
            case "L" -> LocationPrecision.DISTRICT;
            default -> null;
        };
        if (level == null) return;
        Coordinates point = coordinates(file, line, f[4], f[5], "latitude", "longitude", problems);
        String country = f[8].strip().toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{2}")) {
            problems.add(new RowProblem(file, line, "country code", "expected a two-letter country code, found '" + f[8] + "'"));
            return;
        }
        if (point == null) return;
        String name = f[1].strip().isEmpty() ? f[2].strip() : f[1].strip();
        if (name.isEmpty()) {
            problems.add(new RowProblem(file, line, "name", "empty name"));
            return;
        }
        List<String> alternatives = new ArrayList<>();
        if (!f[2].isBlank() && !f[2].strip().equals(name)) alternatives.add(f[2].strip());
        String arabic = null;
        for (String alt : f[3].split(",")) {
            if (alt.isBlank()) continue;
            if (arabic == null && PlaceNames.isArabic(alt)) arabic = alt;
            else alternatives.add(alt);
        }
        String code = country + "." + f[10].strip();
        String governorate = level == LocationPrecision.GOVERNORATE ? name : admin1Names.getOrDefault(code, f[10].isBlank() ? null : code);
        out.add(new Place(name, arabic, alternatives, point, level, governorate, null, country, "geonames:" + fileName(file)));
    }

    /** admin1CodesASCII.txt: code (CC.n), name, ascii name, geonameid. */
    static Map<String, String> readAdmin1Codes(Path codes) {
        Map<String, String> names = new HashMap<>();
        try (BufferedReader r = new BufferedReader(open(codes))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t");
                if (f.length >= 2) names.put(f[0].strip(), f[1].strip());
            }
        } catch (IOException e) {
            throw CsvRows.readFailure(codes.toString(), 0, e);
        }
        return names;
    }

    // ------------------------------------------------------------------------------------------------ simple CSV

    /**
     * Reads a CSV with a header and the columns name, lat, lon and optionally name_ar, alt_names (separated by ";" or
     * "|"), governorate, district, country (ISO alpha-2 or alpha-3), level (town, neighbourhood, district,
     * governorate; default town). Every row needs a country.
     */
    public static List<Place> loadCsv(Path csv) {
        return loadCsv(csv, null);
    }

    /** As {@link #loadCsv(Path)}, with the country of rows that give none. */
    public static List<Place> loadCsv(Path csv, String defaultCountry) {
        try (Reader reader = open(csv)) {
            return readCsv(csv.toString(), reader, defaultCountry, "csv:" + fileName(csv.toString()));
        } catch (IOException e) {
            throw withEncodingLine(csv, CsvRows.readFailure(csv.toString(), 0, e));
        } catch (ImportRejectedException e) {
            throw withEncodingLine(csv, e);
        }
    }

    static List<Place> readCsv(String file, Reader reader, String defaultCountry, String source) {
        List<CsvRows.Row> rows = CsvRows.read(file, reader, List.of("name", "lat", "lon"));
        List<Place> places = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (CsvRows.Row row : rows) {
            if (problems.size() >= MAX_PROBLEMS) break;
            String name = row.get("name");
            if (name == null) {
                problems.add(row.problem("name", "empty name"));
                continue;
            }
            Coordinates point = coordinates(file, row.line(), row.get("lat"), row.get("lon"), "lat", "lon", problems);
            String countryText = row.get("country") != null ? row.get("country") : defaultCountry;
            String country = CountryCodes.alpha2(countryText);
            if (country == null) {
                problems.add(row.problem("country", countryText == null ? "no country given (and no default country)"
                        : "unknown country '" + countryText + "'"));
                continue;
            }
            LocationPrecision level = level(row, problems);
            if (point == null || level == null) continue;
            String alt = row.get("alt_names");
            List<String> alternatives = alt == null ? List.of() : Arrays.asList(alt.split("\\s*[;|]\\s*"));
            String governorate = row.get("governorate");
            if (level == LocationPrecision.GOVERNORATE && governorate == null) governorate = name;
            places.add(new Place(name, row.get("name_ar"), alternatives, point, level, governorate, row.get("district"),
                    country, source));
        }
        if (!problems.isEmpty()) throw new ImportRejectedException(problems);
        return places;
    }

    private static LocationPrecision level(CsvRows.Row row, List<RowProblem> problems) {
        String text = row.get("level");
        if (text == null) return LocationPrecision.TOWN;
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "town", "city", "village", "populated place" -> LocationPrecision.TOWN;
            case "neighbourhood", "neighborhood", "quarter" -> LocationPrecision.NEIGHBOURHOOD;
            case "district", "subdistrict", "nahiyah", "raion" -> LocationPrecision.DISTRICT;
            case "governorate", "province", "oblast", "admin1" -> LocationPrecision.GOVERNORATE;
            default -> {
                problems.add(row.problem("level", "unknown level '" + text + "'; use town, neighbourhood, district or governorate"));
                yield null;
            }
        };
    }

    // ------------------------------------------------------------------------------------------------ UCDP GED

    /**
     * Derives places from a UCDP Georeferenced Event Dataset CSV (columns where_prec, where_coordinates, adm_1, adm_2,
     * latitude, longitude, country): every distinct where_coordinates of an event with where_prec 1 (the exact place is
     * known) becomes a place at its most frequent coordinates. "Anadan town" gives "Anadan" (TOWN); an "area" is a
     * DISTRICT; other named sites ("Kuweires airbase") keep their whole name as TOWN-level points. "A/B" and "A (B)"
     * give B as an alternative name. The governorate is adm_1, the district adm_2.
     */
    public static List<Place> placesFromUcdpGed(Path ged) {
        try (Reader reader = open(ged)) {
            return UcdpGedPlaces.read(ged.toString(), reader);
        } catch (IOException e) {
            throw withEncodingLine(ged, CsvRows.readFailure(ged.toString(), 0, e));
        } catch (ImportRejectedException e) {
            throw withEncodingLine(ged, e);
        }
    }

    /** Writes places in the format {@link #loadCsv(Path)} reads (name, lat, lon, name_ar, alt_names, governorate, district, country, level). */
    public static void writeCsv(List<Place> places, Writer out) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
                .setHeader("name", "lat", "lon", "name_ar", "alt_names", "governorate", "district", "country", "level").get())) {
            for (Place p : places) {
                printer.printRecord(p.name(), p.point().lat(), p.point().lon(), p.arabicName(), String.join(";", p.alternativeNames()),
                        p.governorate(), p.district(), p.countryCode(), p.level().label());
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ shared

    /** Parses and validates a coordinate pair; adds a problem naming the column and returns null when it is bad. */
    static Coordinates coordinates(String file, long line, String latText, String lonText, String latColumn, String lonColumn,
                                   List<RowProblem> problems) {
        Double lat = number(file, line, latText, latColumn, problems);
        Double lon = number(file, line, lonText, lonColumn, problems);
        if (lat == null || lon == null) return null;
        try {
            return new Coordinates(lat, lon);
        } catch (IllegalArgumentException e) {
            problems.add(new RowProblem(file, line, Math.abs(lat) > 90 ? latColumn : lonColumn, e.getMessage()));
            return null;
        }
    }

    private static Double number(String file, long line, String text, String column, List<RowProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new RowProblem(file, line, column, "missing value"));
            return null;
        }
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new RowProblem(file, line, column, "not a number: '" + text.strip() + "'"));
            return null;
        }
    }

    /**
     * A reader decodes ahead of the parser, so an encoding error is first reported at the wrong line; this scans the
     * file again for the line of the first byte that is not UTF-8.
     */
    private static ImportRejectedException withEncodingLine(Path path, ImportRejectedException e) {
        if (e.problems().size() != 1 || !e.problems().get(0).message().startsWith(CsvRows.NOT_UTF8)) return e;
        try {
            long line = firstLineNotUtf8(path);
            return line < 0 ? e : CsvRows.reject(path.toString(), line, null, e.problems().get(0).message());
        } catch (IOException io) {
            return e;
        }
    }

    static long firstLineNotUtf8(Path path) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        long line = 1;
        try (InputStream in = Files.newInputStream(path)) {
            while (true) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                boolean end = n < 0;
                if (!end) bytes.position(bytes.position() + n);
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                chars.flip();
                while (chars.hasRemaining()) if (chars.get() == '\n') line++;
                chars.clear();
                if (result.isError()) return line;
                bytes.compact();
                if (end) return -1;
            }
        }
    }

    /** A strict UTF-8 reader (a byte-order mark is skipped): text in another encoding is refused, not garbled. */
    static Reader open(Path path) throws IOException {
        try {
            return strictUtf8(Files.newInputStream(path));
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(path + " (no such file)");
        }
    }

    static Reader strictUtf8(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        reader.mark(1);
        if (reader.read() != '\uFEFF') reader.reset();
        return reader;
    }

    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }
}
