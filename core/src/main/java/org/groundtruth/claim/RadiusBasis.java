package org.groundtruth.claim;

/** Whether the error radius of a claimed place was stated by the source or assumed by the analyst. */
public enum RadiusBasis {
    /** The statement itself (or an accompanying map) gave the precision. */
    STATED,
    /** No precision was given; the analyst assumed one (claimed locations have been off by up to 93 km). */
    ASSUMED
}
