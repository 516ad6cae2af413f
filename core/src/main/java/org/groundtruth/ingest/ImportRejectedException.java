package org.groundtruth.ingest;

import java.util.List;

/**
 * An input file had problems; nothing of it was stored. Carries the problems found up to a cap, and how many were
 * found in all, so that a message can say the true number ("and 1,012 more"), not the number listed.
 */
public class ImportRejectedException extends RuntimeException {
    private final transient List<RowProblem> problems;
    private final long total;

    /** Every problem found. */
    public ImportRejectedException(List<RowProblem> problems) {
        this(problems, problems.size());
    }

    /** The first problems found, of {@code total} in all. */
    public ImportRejectedException(List<RowProblem> problems, long total) {
        super(summary(problems, Math.max(total, problems.size())));
        this.problems = List.copyOf(problems);
        this.total = Math.max(total, problems.size());
    }

    /** The problems listed: the first ones found, up to the importer's cap. */
    public List<RowProblem> problems() {
        return problems;
    }

    /** How many problems were found in all, listed or not. */
    public long total() {
        return total;
    }

    private static String summary(List<RowProblem> problems, long total) {
        if (problems.isEmpty()) return "import rejected";
        return total == 1 ? problems.get(0).toString()
                : problems.get(0) + " (and " + (total - 1) + " more problems)";
    }
}
