package org.groundtruth.intake.read;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes the text through while following RFC 4180's quoting, so that a file ending inside a quoted value is
 * refused: FastCSV 4.1 closes such a value at the end of the file and returns the rest of the file as one cell
 * (FastCSV issue 173). One state change per character; remembers the line where the open quote began.
 */
final class QuoteTracker extends FilterReader {
    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final char delimiter;
    private final char quote;
    private State state = State.FIELD_START;
    private long line = 1;
    private long quoteOpenedOnLine;

    QuoteTracker(Reader in, char delimiter, char quote) {
        super(in);
        this.delimiter = delimiter;
        this.quote = quote;
    }

    /** The line the unclosed quote opened on, once the whole text has been read; 0 when every quote was closed. */
    long unclosedQuoteLine() {
        return state == State.QUOTED ? quoteOpenedOnLine : 0;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) follow(buffer[i]);
        return n;
    }

    @Override
    public int read() throws IOException {
        int c = in.read();
        if (c >= 0) follow((char) c);
        return c;
    }

    private void follow(char c) {
        if (c == '\n') line++;
        state = switch (state) {
            case FIELD_START -> c == quote ? opened() : ends(c) ? State.FIELD_START : State.UNQUOTED;
            case UNQUOTED -> ends(c) ? State.FIELD_START : State.UNQUOTED;
            case QUOTED -> c == quote ? State.QUOTE_IN_QUOTED : State.QUOTED;
            case QUOTE_IN_QUOTED -> c == quote ? State.QUOTED : ends(c) ? State.FIELD_START : State.UNQUOTED;
        };
    }

    private State opened() {
        quoteOpenedOnLine = line;
        return State.QUOTED;
    }

    private boolean ends(char c) {
        return c == delimiter || c == '\n' || c == '\r';
    }
}
