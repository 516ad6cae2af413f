package org.groundtruth.intake.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The figures of one evaluation: named values per set, and lines for people. */
public final class Figures {
    /** One measured quantity of one set. */
    public record Figure(String set, String measure, double value) {
    }

    private final List<Figure> figures = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();

    void put(String set, String measure, double value) {
        figures.add(new Figure(set, measure, value));
    }

    void line(String line) {
        lines.add(line);
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    public Optional<Double> value(String set, String measure) {
        return figures.stream().filter(f -> f.set().equals(set) && f.measure().equals(measure)).map(Figure::value).findFirst();
    }

    public double require(String set, String measure) {
        return value(set, measure).orElseThrow(() -> new IllegalStateException("no figure " + measure + " for " + set));
    }
}
