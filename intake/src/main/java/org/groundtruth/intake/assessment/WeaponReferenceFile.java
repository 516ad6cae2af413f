package org.groundtruth.intake.assessment;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.groundtruth.attribution.Party;
import org.groundtruth.attribution.WeaponReference;
import org.groundtruth.attribution.WeaponTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/** Reads the aircraft and munitions reference table (bundled: {@code /attribution/weapons.csv}). */
public final class WeaponReferenceFile {
    public static final String BUNDLED = "/attribution/weapons.csv";

    private WeaponReferenceFile() {
    }

    public static WeaponTable bundled() {
        try (InputStream in = WeaponReferenceFile.class.getResourceAsStream(BUNDLED)) {
            if (in == null) throw new IllegalStateException(BUNDLED + " is missing from the jar");
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED, e);
        }
    }

    /** Columns theatre,type,aliases,parties,source; lines starting with # are comments. */
    public static WeaponTable read(Reader reader, String name) throws IOException {
        List<WeaponReference> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
        for (CSVRecord r : format.parse(reader)) {
            String where = name + ":" + r.getParser().getCurrentLineNumber();
            try {
                EnumSet<Party> parties = EnumSet.noneOf(Party.class);
                for (String code : r.get("parties").split("\\|")) {
                    parties.add(Party.parse(code).orElseThrow(() -> new IllegalArgumentException("parties: '" + code + "' is not one of "
                            + Arrays.stream(Party.values()).map(Party::code).toList())));
                }
                rows.add(new WeaponReference(r.get("theatre"), r.get("type"), List.of(r.get("aliases").split("\\|")), parties, r.get("source")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return new WeaponTable(rows);
    }
}
