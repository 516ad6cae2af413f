package org.groundtruth.extraction;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Empty, binary, huge and mixed inputs get a clear refusal or a result, never a crash. */
class BadInputTest {
    @Test
    void emptyBinaryAndHugeTextsAreRefusedWithAReasonAndWithoutQuotingThem() {
        assertThatThrownBy(() -> SourceText.of("  \n ", Language.ENGLISH, null))
                .isInstanceOfSatisfying(UnreadableTextException.class, e -> assertThat(e.reason()).isEqualTo(UnreadableTextException.Reason.EMPTY));
        String binary = "PK\u0003\u0004\u0014\u0000\u0006\u0000secret\u0000\u0001\u0002\u0003\u0004\u0005";
        assertThatThrownBy(() -> SourceText.of(binary, Language.ENGLISH, null))
                .isInstanceOfSatisfying(UnreadableTextException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UnreadableTextException.Reason.NOT_TEXT);
                    assertThat(e.getMessage()).doesNotContain("secret");
                });
        String huge = "a".repeat(SourceText.MAX_CHARS + 1);
        assertThatThrownBy(() -> SourceText.of(huge, Language.ENGLISH, null))
                .isInstanceOfSatisfying(UnreadableTextException.class, e -> assertThat(e.reason()).isEqualTo(UnreadableTextException.Reason.TOO_LONG));
    }

    @Test
    void mixedScriptsAreReadWordByWord() {
        Extraction e = SmallGazetteer.extractor().extract(SourceText.of(
                "Breaking: قتل 5 مدنيين في أريحا; 3 killed in Saraqib. Також у Балаклії загинули двоє людей.", Language.ENGLISH,
                OffsetDateTime.parse("2015-11-30T08:00+02:00")));
        assertThat(e.candidates()).extracting(c -> c.place().match().place().name()).contains("Ariha", "Saraqib");
        assertThat(e.casualties()).extracting(m -> m.count().min()).contains(5, 3, 2);
    }

    @Property(tries = 300)
    void anyReadableTextGivesAnExtractionWhoseSpansLieInsideIt(@ForAll @StringLength(min = 1, max = 400) String text) {
        SourceText source;
        try {
            source = SourceText.of(text, Language.ARABIC, OffsetDateTime.parse("2020-01-01T00:00Z"));
        } catch (UnreadableTextException refused) {
            return;
        }
        Extraction e = SmallGazetteer.extractor().extract(source);
        for (CandidateReport c : e.candidates()) {
            assertThat(c.extent().end()).isLessThanOrEqualTo(text.length());
            for (TermMention t : c.terms()) assertThat(t.span().end()).isLessThanOrEqualTo(text.length());
        }
    }
}
