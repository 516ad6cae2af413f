package org.groundtruth.web.intake;

import org.groundtruth.extraction.TextExtractor;
import org.groundtruth.textintake.SubmissionThrottle;
import org.groundtruth.textintake.TextFormats;

import java.time.Duration;
import java.util.Objects;

/**
 * What text intake needs from the application: the extractor (with the gazetteer), the readers of HTML pages and JSONL
 * posts, and the limits on public submissions.
 *
 * @param maxFiles      photos or videos one submission may bring (0: none)
 * @param maxFileBytes  the largest of them
 * @param queueMax      submissions waiting for a moderator above which new ones are refused for now
 * @param uploadWindow  how long after sending the account its files may follow
 */
public record IntakeSetup(TextExtractor extractor, TextFormats formats, SubmissionThrottle.Limits limits, int maxFiles, long maxFileBytes,
                          int queueMax, Duration uploadWindow) {
    public static final int DEFAULT_MAX_FILES = 5;
    public static final long DEFAULT_MAX_FILE_BYTES = 200L << 20;
    public static final int DEFAULT_QUEUE_MAX = 5_000;

    public IntakeSetup {
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(formats, "formats");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(uploadWindow, "uploadWindow");
        if (maxFiles < 0 || maxFileBytes < 1 || queueMax < 1) throw new IllegalArgumentException("intake limits must be positive");
    }

    public static IntakeSetup of(TextExtractor extractor, TextFormats formats) {
        return new IntakeSetup(extractor, formats, SubmissionThrottle.Limits.DEFAULT, DEFAULT_MAX_FILES, DEFAULT_MAX_FILE_BYTES, DEFAULT_QUEUE_MAX,
                Duration.ofHours(1));
    }

    public IntakeSetup withLimits(SubmissionThrottle.Limits l) {
        return new IntakeSetup(extractor, formats, l, maxFiles, maxFileBytes, queueMax, uploadWindow);
    }
}
