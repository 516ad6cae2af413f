package org.groundtruth.evidence;

import java.util.Objects;

/** What an {@link EvidenceAnalyzer} found in a stored file. */
public record Analysis(String mediaType, String nameMediaType, CaptureMetadata capture, PerceptualHash perceptualHash) {
    public Analysis {
        Objects.requireNonNull(mediaType, "mediaType");
        capture = capture == null ? CaptureMetadata.NONE : capture;
    }
}
