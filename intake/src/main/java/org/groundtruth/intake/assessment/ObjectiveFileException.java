package org.groundtruth.intake.assessment;

import java.util.List;

/** An objectives file with problems: each names file, line and field. Nothing of the file was stored. */
public final class ObjectiveFileException extends IllegalArgumentException {
    private final List<String> problems;

    public ObjectiveFileException(List<String> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        int shown = Math.min(20, problems.size());
        String head = String.join("\n", problems.subList(0, shown));
        return problems.size() > shown ? head + "\n... and " + (problems.size() - shown) + " more problem(s)" : head;
    }
}
