package org.groundtruth.evidence;

/**
 * Writes an incident's evidence bundle (the files, a manifest with hashes and metadata, the custody log) to a sink,
 * appending an EXPORTED entry to each file's chain. Implemented by an adapter (the zip format of decision 0604) so
 * that the web layer can stream a bundle without knowing the format.
 */
public interface BundleWriter {

    /** Where the bundle's bytes go. */
    @FunctionalInterface
    interface ByteSink {
        void write(byte[] bytes, int offset, int length);
    }

    /** Refuses, before anything is written: {@link java.util.NoSuchElementException} for an unknown incident, IllegalArgumentException for one without evidence. */
    void check(long incidentId);

    void write(long incidentId, String by, String bundleName, ByteSink sink);
}
