package org.groundtruth.intake.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.HexFormat;

/**
 * Decodes bytes to text and refuses bytes that are not valid in the charset, saying on which line and at which
 * byte offset they are. {@link java.io.InputStreamReader} would either silently replace them (corrupting names)
 * or fail without saying where.
 */
public final class StrictTextReader extends Reader {
    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    private long bytesConsumed;
    private long newlinesDecoded;
    private boolean endOfInput;
    private boolean flushed;

    public StrictTextReader(InputStream in, Charset charset) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] target, int off, int len) throws IOException {
        if (len == 0) return 0;
        if (!chars.hasRemaining() && !fill()) return -1;
        int n = Math.min(len, chars.remaining());
        chars.get(target, off, n);
        return n;
    }

    @Override
    public int read() throws IOException {
        if (!chars.hasRemaining() && !fill()) return -1;
        return chars.get();
    }

    /** Decodes the next chunk; false at the end of the input. */
    private boolean fill() throws IOException {
        chars.clear();
        try {
            while (true) {
                int before = bytes.position();
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                bytesConsumed += bytes.position() - before;
                if (result.isError()) throw malformed(result.length());
                if (result.isOverflow()) return true;
                if (endOfInput) {
                    if (!flushed) {
                        flushed = true;
                        decoder.flush(chars);
                    }
                    return chars.position() > 0;
                }
                if (chars.position() > 0) return true;
                readMoreBytes();
            }
        } finally {
            countNewlines();
            chars.flip();
        }
    }

    private void readMoreBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) endOfInput = true;
        else bytes.position(bytes.position() + n);
        bytes.flip();
    }

    private void countNewlines() {
        char[] a = chars.array();
        for (int i = 0, end = chars.position(); i < end; i++) if (a[i] == '\n') newlinesDecoded++;
    }

    private MalformedTextException malformed(int length) {
        countNewlines();
        chars.position(0);
        int shown = Math.min(Math.max(length, 1), Math.min(4, bytes.remaining()));
        byte[] bad = new byte[shown];
        bytes.get(bytes.position(), bad);
        String hex = HexFormat.ofDelimiter(" ").withPrefix("0x").withUpperCase().formatHex(bad);
        long line = newlinesDecoded + 1;
        return new MalformedTextException(charset, line, bytesConsumed, hex);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
