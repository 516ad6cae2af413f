package org.groundtruth.intake.evidence;

/** A bundle that is not read at all because it is unsafe or malformed (zip bomb, path traversal, not a zip); the message says why. */
public final class BundleRefusedException extends RuntimeException {
    public BundleRefusedException(String message) {
        super(message);
    }

    public BundleRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
