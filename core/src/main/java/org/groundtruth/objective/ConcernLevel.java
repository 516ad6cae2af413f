package org.groundtruth.objective;

/**
 * How much the known facts call for a closer look at whether the attack respected distinction. A flag for analysts,
 * never a legal finding.
 */
public enum ConcernLevel {
    /** Protected objects hit, no known objective near, no armed presence reported. */
    HIGH,
    /** Civilians or civilian objects harmed, no known objective near, no armed presence reported. */
    ELEVATED,
    /** A known objective near, or an armed presence reported: the analysis turns on proportionality and precautions. */
    LOWER,
    /** Not placed, or placed too coarsely to rule objectives in or out. */
    UNDETERMINED;

    public String code() {
        return name().toLowerCase();
    }
}
