package org.groundtruth.storage.evidence;

import org.groundtruth.evidence.BlobWriter;

import java.nio.file.Path;

/** Child process of the crash test: writes a large file into the blob store named by its argument and is killed midway. */
public final class BlobWriteThenHang {
    static final String MIDWAY = "MIDWAY";

    private BlobWriteThenHang() {
    }

    public static void main(String[] args) throws Exception {
        FileBlobStore store = FileBlobStore.open(Path.of(args[0]));
        BlobWriter w = store.writer();
        byte[] chunk = new byte[1 << 20];
        for (int i = 0; i < 16; i++) w.write(chunk, 0, chunk.length);
        System.out.println(MIDWAY);
        System.out.flush();
        Thread.sleep(60_000);
        System.out.println("not killed in time");
    }
}
