/**
 * The import pipeline's domain: records read from source files, the problems found in them, and the
 * {@link org.groundtruth.ingest.ImportWriter} port through which a whole file is stored atomically.
 */
package org.groundtruth.ingest;
