/** Importer for ACLED event data (the 31 columns of ACLED's API export). */
package org.groundtruth.intake.acled;
