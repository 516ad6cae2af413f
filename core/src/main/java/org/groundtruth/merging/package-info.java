/**
 * Merging duplicate reports into incidents: a space-and-time grid that finds the candidate pairs (a self-join),
 * a brute-force oracle beside it, union-find clusters, a confidence with a one-line reason for each pair
 * (place, time, objects hit, text in Arabic, English and Ukrainian), and the port of the persisted workflow
 * (proposals, review queue, apply, undo, reject/split).
 */
package org.groundtruth.merging;
