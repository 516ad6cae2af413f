package org.groundtruth.place;

/** Where an incident's coordinates came from. */
public enum PlacedBy {
    /** The source gave coordinates. */
    SOURCE,
    /** Coordinates were looked up in the gazetteer from the place names the source gave. */
    GAZETTEER,
    /** A person set or corrected them. */
    MANUAL,
    /** Not placed. */
    NONE
}
