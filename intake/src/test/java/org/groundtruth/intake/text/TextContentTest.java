package org.groundtruth.intake.text;

import org.groundtruth.extraction.Language;
import org.groundtruth.textintake.TextFormats;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a person sends through the web is read as the command reads files: a text, an HTML page, a JSONL of posts. */
class TextContentTest {

    @Test
    void aPageIsReducedToItsArticleAndKeptWholeBesideIt() {
        String page = "<!doctype html><html lang=\"ar\"><head><meta property=\"article:published_time\" content=\"2015-11-30T08:00+02:00\">"
                + "<meta property=\"og:url\" content=\"https://example.org/a\"></head><body><nav>القائمة</nav><article><h1>غارة</h1>"
                + "<p>قتل 12 مدنيا في كفرنبل</p></article><footer>حقوق</footer></body></html>";
        List<TextFormats.Read> read = TextFiles.FORMATS.read(TextFormats.Format.HTML, page, null, null, null, "Outlet");
        assertThat(read).singleElement().satisfies(r -> {
            assertThat(r.source().text()).isEqualTo("غارة\nقتل 12 مدنيا في كفرنبل");
            assertThat(r.source().language()).isEqualTo(Language.ARABIC);
            assertThat(r.source().publishedAt()).isEqualTo(OffsetDateTime.parse("2015-11-30T08:00+02:00"));
            assertThat(r.source().url()).isEqualTo("https://example.org/a");
            assertThat(r.source().author()).isEqualTo("Outlet");
            assertThat(r.page()).isEqualTo(page);
        });
    }

    @Test
    void postsCarryTheirOwnTimeAndLanguageAndABadLineIsNamedNotQuoted() {
        String jsonl = "{\"text\": \"Вчора ввечері удар по Харкову\", \"published\": \"2022-08-18T09:00+03:00\", \"url\": \"https://t.me/x/1\"}\n\n"
                + "{\"text\": \"A strike hit Ariha\", \"language\": \"en\", \"author\": \"Channel\"}\n";
        List<TextFormats.Read> read = TextFiles.FORMATS.read(TextFormats.Format.JSONL, jsonl, null, null, null, null);
        assertThat(read).extracting(TextFormats.Read::line).containsExactly(1, 3);
        assertThat(read.get(0).source().language()).isEqualTo(Language.UKRAINIAN);
        assertThat(read.get(0).source().publishedAt()).isEqualTo(OffsetDateTime.parse("2022-08-18T09:00+03:00"));
        assertThat(read.get(1).source().author()).isEqualTo("Channel");
        assertThatThrownBy(() -> TextFiles.FORMATS.read(TextFormats.Format.JSONL, "{\"text\": \"ok\"}\nSecretZqxw not json", null, null, null, null))
                .hasMessage("text line 2: not a JSON object");
    }

    @Test
    void aPlainTextTakesTheDefaultsGiven() {
        OffsetDateTime at = OffsetDateTime.parse("2015-11-30T08:00+02:00");
        TextFormats.Read r = TextFiles.FORMATS.read(TextFormats.Format.TEXT, "12 killed in Ariha", Language.ENGLISH, at, "https://x.org", null).get(0);
        assertThat(r.source().publishedAt()).isEqualTo(at);
        assertThat(r.source().url()).isEqualTo("https://x.org");
        assertThat(r.page()).isNull();
        assertThatThrownBy(() -> TextFiles.FORMATS.read(TextFormats.Format.TEXT, "1234 5678", null, null, null, null))
                .hasMessageStartingWith("text: no letters");
    }
}
