package org.groundtruth.app.extraction;

import org.groundtruth.extraction.Language;
import org.groundtruth.extraction.SourceText;
import org.groundtruth.extraction.TextExtractor;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Reads a few short texts in each language when the server starts, on a background thread, so that the first text an
 * investigator pastes does not pay for what the first extraction loads: the lexicons, ICU's Arabic-Latin
 * transliterator, the gazetteer's lookups and the JIT's first compilations. Measured on a long Arabic article through
 * {@code POST /api/intake/texts}: the first request took 2.6 s without it (docs/performance.md, "Text intake").
 */
public final class ExtractorWarmUp {
    /** The example and its Arabic and Ukrainian equivalents: every reader of the extractor takes part. */
    static final List<SourceText> TEXTS = List.of(
            SourceText.of("Civil Defence: 12 civilians, among them 5 children, were killed last night when warplanes that took off from Hama "
                    + "airbase struck a bakery in Kafr Nabel, south of Idlib; Moscow called the reports fabricated", Language.ENGLISH, at()),
            SourceText.of("الدفاع المدني: مقتل 12 مدنياً بينهم 5 أطفال ليلة أمس عندما قصفت طائرات حربية أقلعت من مطار حماة العسكري فرناً في كفرنبل "
                    + "جنوب إدلب، ونفت موسكو التقارير ووصفتها بأنها مفبركة", Language.ARABIC, at()),
            SourceText.of("Цивільна оборона: 12 мирних жителів, серед них 5 дітей, загинули минулої ночі, коли літаки, що злетіли з аеродрому Хама, "
                    + "вдарили по пекарні в Кафр-Нубулі на південь від Ідліба; Москва назвала повідомлення фейком", Language.UKRAINIAN, at()));
    static final int ROUNDS = 30;

    private ExtractorWarmUp() {
    }

    /** Starts the warm-up; the server answers meanwhile. */
    public static void start(TextExtractor extractor) {
        Thread t = new Thread(() -> run(extractor), "extractor-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /**
     * How many paragraphs the long texts have. A long article goes through paths that short texts barely reach (many
     * sentences, places and figures per text, the grouping of dozens of strikes), and the JIT compiles what runs often:
     * after short texts alone, the first long article still spent about a third of its CPU in the extractor.
     */
    static final int LONG_PARAGRAPHS = 40;
    static final int LONG_ROUNDS = 8;

    static void run(TextExtractor extractor) {
        for (int i = 0; i < ROUNDS; i++) for (SourceText s : TEXTS) extractor.extract(s);
        List<SourceText> longTexts = TEXTS.stream().map(ExtractorWarmUp::longText).toList();
        for (int i = 0; i < LONG_ROUNDS; i++) for (SourceText s : longTexts) extractor.extract(s);
    }

    /** The text repeated as paragraphs: an article of about 10,000 characters. */
    static SourceText longText(SourceText s) {
        String text = String.join("\n\n", java.util.Collections.nCopies(LONG_PARAGRAPHS, s.text()));
        return SourceText.of(text, s.language(), s.publishedAt());
    }

    private static OffsetDateTime at() {
        return OffsetDateTime.parse("2015-11-30T08:00+02:00");
    }
}
