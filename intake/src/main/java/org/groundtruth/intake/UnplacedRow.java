package org.groundtruth.intake;

/** A row kept without coordinates because neither the source nor the gazetteer could place it. */
public record UnplacedRow(long line, String originKey, String placeName, String governorate) {
    @Override
    public String toString() {
        return "line " + line + " " + originKey + ": " + (placeName == null ? "(no place name)" : placeName)
                + (governorate == null ? "" : ", " + governorate);
    }
}
