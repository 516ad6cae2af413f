package org.groundtruth.warning;

import java.util.List;
import java.util.stream.Collectors;

/** A sighting that cannot be accepted, with every field that is wrong (not only the first). */
public class SightingRejectedException extends IllegalArgumentException {
    private final transient List<FieldProblem> problems;

    public SightingRejectedException(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) throw new IllegalArgumentException("a rejection names at least one problem");
        this.problems = List.copyOf(problems);
    }

    public static SightingRejectedException of(String field, String message) {
        return new SightingRejectedException(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
