package org.groundtruth.publication;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What people write in a report; everything else is computed from the data.
 *
 * @param introduction     the opening summary in the author's words, may be null
 * @param narratives       per incident (by public id), the narrative that replaces the incident's summary
 * @param quotedStatements statement ids the author chose to quote; null quotes every statement whose consent allows
 * @param recommendations  one entry per recommendation
 * @param conclusions      may be null
 */
public record ReportDraft(String title, ReportLanguage language, Selection selection, String introduction,
                          Map<String, String> narratives, Set<Long> quotedStatements, List<String> recommendations,
                          String conclusions) {
    public static final int MAX_TITLE_CHARS = 300;
    public static final int MAX_SECTION_CHARS = 200_000;

    public ReportDraft {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("report title: required");
        title = title.strip();
        if (title.length() > MAX_TITLE_CHARS) throw new IllegalArgumentException("report title: longer than " + MAX_TITLE_CHARS + " characters");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(selection, "selection");
        introduction = section("introduction", introduction);
        conclusions = section("conclusions", conclusions);
        narratives = narratives == null ? Map.of() : Map.copyOf(narratives);
        narratives.forEach((id, text) -> section("narrative of " + id, text));
        quotedStatements = quotedStatements == null ? null : Set.copyOf(quotedStatements);
        recommendations = recommendations == null ? List.of()
                : recommendations.stream().map(r -> section("recommendation", r)).filter(Objects::nonNull).toList();
    }

    /** A draft with only a title, a language and a selection. */
    public static ReportDraft of(String title, ReportLanguage language, Selection selection) {
        return new ReportDraft(title, language, selection, null, Map.of(), null, List.of(), null);
    }

    private static String section(String name, String text) {
        if (text == null || text.isBlank()) return null;
        if (text.length() > MAX_SECTION_CHARS) throw new IllegalArgumentException(name + ": longer than " + MAX_SECTION_CHARS + " characters");
        return text.strip();
    }
}
