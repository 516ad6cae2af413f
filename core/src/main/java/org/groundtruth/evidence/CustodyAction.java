package org.groundtruth.evidence;

/** What happened to a file, as its chain of custody records it. */
public enum CustodyAction {
    /** Taken into the store: by whom, from where (URL, device, person), when. */
    ACQUIRED,
    /** Opened or downloaded by someone. */
    ACCESSED,
    /** Written into an export bundle. */
    EXPORTED,
    /** Linked to an incident. */
    LINKED,
    /** A verification step: geolocated, chronolocated or otherwise checked, by whom, how, with what result. */
    VERIFIED
}
