package org.groundtruth.warning;

/** One thing wrong with one field of a sighting; the message never repeats a protected value. */
public record FieldProblem(String field, String message) {
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
