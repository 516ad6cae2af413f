package org.groundtruth.extraction;

/**
 * Where a value came from: characters {@code start} (inclusive) to {@code end} (exclusive) of the source text, in
 * UTF-16 code units as Java and JavaScript count them, so that a browser can highlight the span as it is.
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("span " + start + ".." + end + " is not a range of characters");
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    public boolean overlaps(Span o) {
        return start < o.end && o.start < end;
    }

    public Span union(Span o) {
        return new Span(Math.min(start, o.start), Math.max(end, o.end));
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
