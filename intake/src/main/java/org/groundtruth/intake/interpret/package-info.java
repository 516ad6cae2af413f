/** Interpreting raw cell values shared by all formats: dates, counts, coordinates, countries, civilian objects named in text. */
package org.groundtruth.intake.interpret;
