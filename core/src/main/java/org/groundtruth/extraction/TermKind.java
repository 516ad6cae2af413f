package org.groundtruth.extraction;

/** What a found term says about a strike. */
public enum TermKind {
    /** A civilian object hit: a home, a market, a hospital. */
    OBJECT,
    /** A party to the conflict named as acting. */
    PARTY,
    /** An aircraft type or class: warplane, helicopter, Su-24, Tu-95. */
    AIRCRAFT,
    /** A munition or weapon: barrel bomb, guided bomb, Iskander, Shahed. */
    MUNITION,
    /** An air base or airfield aircraft came from. */
    BASE,
    /** What happened: strike, shelling, take-off, overflight, explosion, clashes. */
    EVENT
}
