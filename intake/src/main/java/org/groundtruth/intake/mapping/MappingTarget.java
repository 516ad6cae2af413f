package org.groundtruth.intake.mapping;

/** What a mapping file fills: incidents ({@code groundtruth import}) or the claims ledger ({@code groundtruth claims import}). */
public enum MappingTarget {
    INCIDENTS, CLAIMS
}
