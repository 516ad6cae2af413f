/**
 * Reads the early-warning reference tables (bundled {@code warning/aircraft.csv} and {@code warning/bases.csv}, or a
 * reviewer's own files) into core's {@link org.groundtruth.warning.AircraftTable} and
 * {@link org.groundtruth.warning.BaseTable}, naming the file, line and column of any bad row.
 */
package org.groundtruth.intake.warning;
