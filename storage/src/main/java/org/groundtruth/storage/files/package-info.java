/** Files Groundtruth keeps on disk: the data directory and everything in it are owner-only ({@link org.groundtruth.storage.files.OwnerOnly}). */
package org.groundtruth.storage.files;
