package org.groundtruth.app.extraction;

import org.groundtruth.extraction.CandidateReport;
import org.groundtruth.extraction.CasualtyFigure;
import org.groundtruth.extraction.Extraction;
import org.groundtruth.extraction.PlaceMention;
import org.groundtruth.extraction.ResponseMention;
import org.groundtruth.extraction.Span;
import org.groundtruth.extraction.TermMention;
import org.groundtruth.intake.text.TextFiles;

import java.util.Locale;

/** The candidates of one text as a readable list: one line per value, with its characters and the words they cover. */
final class CandidateText {
    private CandidateText() {
    }

    static String of(TextFiles.Input in, Extraction e) {
        String text = e.source().text();
        StringBuilder b = new StringBuilder();
        b.append(in.line() > 0 ? "line " + in.line() : "text").append(" (").append(e.source().language().code())
                .append(e.source().publishedAt() == null ? ", no publication time" : ", published " + e.source().publishedAt())
                .append("): ").append(e.candidates().size()).append(e.candidates().size() == 1 ? " candidate" : " candidates").append('\n');
        int n = 0;
        for (CandidateReport c : e.candidates()) {
            b.append("  candidate ").append(++n).append(" ").append(at(c.extent())).append('\n');
            if (c.date() != null) {
                String day = c.date().date().firstDay().equals(c.date().date().lastDay()) ? c.date().date().firstDay().toString()
                        : c.date().date().firstDay() + ".." + c.date().date().lastDay();
                value(b, "date", day + (c.date().partOfDay() == null ? "" : " " + lower(c.date().partOfDay().name()))
                        + " (" + lower(c.date().basis().name()) + ")", c.date().span(), text);
            }
            for (PlaceMention p : c.places()) {
                value(b, p == c.place() ? "place" : lower(p.role().name()), p.match().place().name() + ", " + p.governorate(), p.span(), text);
            }
            figure(b, "killed", c.casualties().killed(), text);
            figure(b, "injured", c.casualties().injured(), text);
            figure(b, "children", c.casualties().children(), text);
            figure(b, "women", c.casualties().women(), text);
            figure(b, "killed or injured", c.casualties().killedOrInjured(), text);
            for (TermMention t : c.terms()) value(b, lower(t.kind().name()), t.code(), t.span(), text);
            for (ResponseMention r : c.responses()) value(b, "response", r.party() + " " + lower(r.kind().name()), r.span(), text);
        }
        for (String note : e.notes()) b.append("  note: ").append(note).append('\n');
        return b.toString();
    }

    private static void figure(StringBuilder b, String name, CasualtyFigure f, String text) {
        if (f == null) return;
        String range = f.count().display() + " (" + lower(f.qualifier().name()) + ")";
        value(b, name, range, f.spans().get(0), text);
    }

    private static void value(StringBuilder b, String name, String value, Span span, String text) {
        b.append(String.format(Locale.ROOT, "    %-10s %s", name, value));
        if (span != null) b.append("  ").append(at(span)).append(" \"").append(span.of(text).replace('\n', ' ')).append('"');
        b.append('\n');
    }

    private static String at(Span s) {
        return "[" + s.start() + ".." + s.end() + "]";
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
