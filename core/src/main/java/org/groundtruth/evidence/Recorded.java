package org.groundtruth.evidence;

/** The ledger's answer to recording a file: the item, and whether the same bytes were recorded before. */
public record Recorded(EvidenceItem item, boolean alreadyHeld) {
}
