/** Importer for the UCDP Georeferenced Event Dataset (GED) CSV. */
package org.groundtruth.intake.ucdp;
