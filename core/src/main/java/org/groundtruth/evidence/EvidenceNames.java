package org.groundtruth.evidence;

/** Original file names are kept for people only: last path segment, no control characters, bounded length. */
public final class EvidenceNames {
    public static final int MAX_LENGTH = 255;

    private EvidenceNames() {
    }

    /** The name as shown and exported; null for a blank one. Never used as a path on its own. */
    public static String clean(String name) {
        if (name == null) return null;
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(cp -> !Character.isISOControl(cp) && cp != 0x202E && cp != 0x202D).forEach(b::appendCodePoint);
        n = b.toString().strip();
        if (n.equals(".") || n.equals("..")) n = "";
        if (n.length() > MAX_LENGTH) n = n.substring(0, MAX_LENGTH);
        return n.isEmpty() ? null : n;
    }
}
