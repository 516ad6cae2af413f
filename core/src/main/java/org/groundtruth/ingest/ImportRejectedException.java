package org.groundtruth.ingest;

import java.util.List;

/** An input file had problems; nothing of it was stored. Carries every problem found (up to a cap). */
public class ImportRejectedException extends RuntimeException {
    private final transient List<RowProblem> problems;

    public ImportRejectedException(List<RowProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }

    private static String summary(List<RowProblem> problems) {
        if (problems.isEmpty()) return "import rejected";
        return problems.size() == 1 ? problems.get(0).toString()
                : problems.get(0) + " (and " + (problems.size() - 1) + " more problems)";
    }
}
