package org.groundtruth.intake.read;

import java.io.IOException;
import java.nio.charset.Charset;

/** Bytes that are not valid text in the file's encoding, with where they are. */
public final class MalformedTextException extends IOException {
    private final long line;
    private final long byteOffset;

    public MalformedTextException(Charset charset, long line, long byteOffset, String badBytesHex) {
        super("bytes " + badBytesHex + " at byte offset " + byteOffset + " are not valid " + charset.name()
                + " text; the file seems to be in another encoding (Latin-1, Windows-1252 or Windows-1256?)."
                + " Save it as UTF-8, or name its encoding in a mapping file (csv: encoding:)");
        this.line = line;
        this.byteOffset = byteOffset;
    }

    /** 1-based line on which the bad bytes are. */
    public long line() {
        return line;
    }

    /** 0-based offset of the first bad byte from the start of the file. */
    public long byteOffset() {
        return byteOffset;
    }
}
