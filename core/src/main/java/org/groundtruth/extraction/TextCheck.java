package org.groundtruth.extraction;

/** Refuses what is not a readable text, before any work is spent on it. */
public final class TextCheck {
    /** More control or replacement characters than this share of the text means binary data, not text. */
    static final double MAX_JUNK_SHARE = 0.02;

    private TextCheck() {
    }

    /** @throws UnreadableTextException naming the problem (never quoting the text) */
    public static void requireReadable(String text) {
        if (text == null || text.isBlank()) {
            throw new UnreadableTextException(UnreadableTextException.Reason.EMPTY, "the text is empty");
        }
        if (text.length() > SourceText.MAX_CHARS) {
            throw new UnreadableTextException(UnreadableTextException.Reason.TOO_LONG, "the text has " + text.length()
                    + " characters; at most " + SourceText.MAX_CHARS + " are read at once (split it into articles or posts)");
        }
        int junk = 0;
        int firstJunk = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f';
            if (control || c == '\uFFFD' || (Character.isSurrogate(c) && !validSurrogate(text, i))) {
                junk++;
                if (firstJunk < 0) firstJunk = i;
            }
        }
        if (junk > Math.max(2, text.length() * MAX_JUNK_SHARE)) {
            throw new UnreadableTextException(UnreadableTextException.Reason.NOT_TEXT, "the input looks like binary data, not text: "
                    + junk + " control or undecodable characters, the first at character " + firstJunk);
        }
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
