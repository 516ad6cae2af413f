package org.groundtruth.testimony;

/**
 * A problem with the protection of witness identities: no key where one is needed, the wrong key, a sealed value
 * that fails its integrity check. The message names what and where, and never carries a protected value.
 */
public final class ProtectionException extends RuntimeException {
    public ProtectionException(String message) {
        super(message);
    }

    public ProtectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
