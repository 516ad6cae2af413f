package org.groundtruth.evidence;

/**
 * One place where a chain of custody or a stored file is not what it should be.
 *
 * @param fileSha256 the file concerned
 * @param seq        the custody entry concerned, 0 when the problem is with the file itself
 * @param problem    what is wrong, in words
 * @param expected   what should be there
 * @param found      what is there
 */
public record ChainBreak(Sha256 fileSha256, int seq, String problem, String expected, String found) {

    public String describe() {
        String where = seq == 0 ? "file " + fileSha256 : "file " + fileSha256 + " custody entry " + seq;
        return where + ": " + problem + " (expected " + expected + ", found " + found + ")";
    }
}
