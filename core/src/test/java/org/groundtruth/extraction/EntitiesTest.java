package org.groundtruth.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** HTML character references in a text are read as characters; spans stay on the text as written. */
class EntitiesTest {
    @Test
    void referencesAreReadAsTheirCharactersWithSpansOnTheWrittenText() {
        String text = "&#8220;Turkish&#8221; shelling on Ma&#8217;arrat kills 5 civilians &amp; injures 3";
        List<Token> tokens = new Tokenizer(new RuleWordForms()).tokenize(text, Language.ENGLISH);
        Token name = tokens.stream().filter(t -> t.raw().startsWith("Ma")).findFirst().orElseThrow();
        assertThat(name.raw()).isEqualTo("Ma\u2019arrat");
        assertThat(text.substring(name.span().start(), name.span().end())).isEqualTo("Ma&#8217;arrat");
        assertThat(tokens).noneMatch(t -> t.raw().equals(";") || t.raw().equals("#"));
        assertThat(tokens.stream().map(Token::sentence).distinct()).containsExactly(0);     // the ";" of a reference ends no sentence
    }

    @Test
    void onlyWellFormedReferencesAreDecoded() {
        assertThat(Entities.decode("AT&T; Q&A &c &#xZZ; &#0; plain")).isNull();
        assertThat(Entities.decode("no references")).isNull();
        Entities.Decoded d = Entities.decode("a&#x2019;b &lt;x&gt;");
        assertThat(d.text()).isEqualTo("a\u2019b <x>");
        assertThat(d.at(1)).isEqualTo(1);
        assertThat(d.at(2)).isEqualTo(9);
        assertThat(d.at(d.text().length())).isEqualTo(20);
    }

    @Test
    void aStrikeInATextWithReferencesIsReadWhole() {
        String text = "&#8220;Russian&#8221; airstrikes kill 7 civilians in Ariha";
        Extraction e = SmallGazetteer.extractor().extract(SourceText.of(text, Language.ENGLISH, RuleBasedExtractorTest.MORNING_AFTER));
        CandidateReport c = e.candidates().get(0);
        assertThat(c.casualties().killed().count().min()).isEqualTo(7);
        assertThat(text.substring(c.place().span().start(), c.place().span().end())).isEqualTo("Ariha");
    }
}
