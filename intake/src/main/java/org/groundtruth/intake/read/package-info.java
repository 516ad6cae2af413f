/** Reading input files safely: strict text decoding with line and byte positions, file sniffing, CSV rows with line numbers. */
package org.groundtruth.intake.read;
