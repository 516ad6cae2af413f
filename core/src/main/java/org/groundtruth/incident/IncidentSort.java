package org.groundtruth.incident;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The order of a list of incidents, by one of their dates, oldest first or (with a leading minus) newest first:
 * {@code date} is when the strike happened (the first day of its window, then the last), {@code recorded} when it
 * entered the ledger, {@code updated} when it last changed. Ties go by id in the same direction, so pages never
 * overlap.
 */
public enum IncidentSort {
    DATE("date"), DATE_NEWEST("-date"), RECORDED("recorded"), RECORDED_NEWEST("-recorded"), UPDATED("updated"), UPDATED_NEWEST("-updated");

    private final String code;

    IncidentSort(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean newestFirst() {
        return code.startsWith("-");
    }

    public static Optional<IncidentSort> parse(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code == null ? null : code.strip())).findFirst();
    }

    public static String known() {
        return Arrays.stream(values()).map(IncidentSort::code).collect(Collectors.joining(", "));
    }
}
