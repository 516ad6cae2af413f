package org.groundtruth.evidence;

import java.util.Arrays;

/**
 * The first bytes of a file as it streams into the blob store, kept so that its type can be checked against its
 * name before the file is committed (decision record 0608). Memory stays at {@link #BYTES} whatever the file's size.
 */
public final class FileHead {
    /** As much as the type sniffing reads. */
    public static final int BYTES = 64 * 1024;

    private final byte[] head = new byte[BYTES];
    private int length;

    public void see(byte[] bytes, int offset, int count) {
        int n = Math.min(count, BYTES - length);
        if (n <= 0) return;
        System.arraycopy(bytes, offset, head, length, n);
        length += n;
    }

    public byte[] bytes() {
        return Arrays.copyOf(head, length);
    }
}
