/** Importer for the Syrian Archive's video-evidence metadata (violations.csv). */
package org.groundtruth.intake.syrianarchive;
