/** The import pipeline: validates a whole file, then stores all of its records in one transaction or none. */
package org.groundtruth.intake;
