package org.groundtruth.publication;

/** A report or export whose selection matches no published incident: said plainly instead of an empty file. */
public final class EmptySelectionException extends RuntimeException {
    public EmptySelectionException(Selection selection) {
        super("no published incident matches the selection (" + selection.describe() + "); nothing was written");
    }
}
