package org.groundtruth.publication;

import java.util.List;
import java.util.stream.Collectors;

/** A report or export that would publish what may not leave; names every reason, never a protected value. */
public final class PublicationRefusedException extends RuntimeException {
    private final List<Refusal> refusals;

    public PublicationRefusedException(List<Refusal> refusals) {
        super(message(refusals));
        if (refusals.isEmpty()) throw new IllegalArgumentException("a refusal names at least one reason");
        this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
        return refusals;
    }

    private static String message(List<Refusal> refusals) {
        return "refused to publish (" + refusals.size() + (refusals.size() == 1 ? " reason" : " reasons") + "): "
                + refusals.stream().map(Refusal::toString).collect(Collectors.joining("; "));
    }
}
