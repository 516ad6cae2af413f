package org.groundtruth.testimony;

/**
 * What the store records about a key that sealed its data: the key's id and its check value (an HMAC of a fixed
 * label under the key). Enough to refuse a wrong key at start; useless for opening anything.
 */
public record KeyCheck(String keyId, String checkValue) {
    public KeyCheck {
        if (keyId == null || !keyId.matches("[0-9a-f]{16}")) throw new IllegalArgumentException("key id: 16 hex digits expected");
        if (checkValue == null || !checkValue.matches("[0-9a-f]{32}") || !checkValue.startsWith(keyId)) {
            throw new IllegalArgumentException("key check value: 32 hex digits starting with the key id expected");
        }
    }
}
