/** Importer for any CSV table described by a mapping file (YAML or JSON) from its columns to Groundtruth fields. */
package org.groundtruth.intake.mapping;
