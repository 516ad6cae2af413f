package org.groundtruth.evidence;

/** A file was refused because its content contradicts the type its name claims (decision record 0608). */
public final class TypeMismatchException extends IllegalArgumentException {
    public TypeMismatchException(String message) {
        super(message);
    }
}
