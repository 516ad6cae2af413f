package org.groundtruth.app;

/** A problem the user can fix; shown as one clear line, never as a stack trace. */
public class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
