package org.groundtruth.intake.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.groundtruth.extraction.Language;
import org.groundtruth.extraction.SourceText;
import org.groundtruth.extraction.UnreadableTextException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the files an investigator has: a plain text (UTF-8), an HTML page saved from a browser (reduced to its text
 * with jsoup), or a JSONL of posts, one JSON object a line with {@code text} and optionally {@code published},
 * {@code language}, {@code url}, {@code author}. What a file says about itself wins; the defaults fill what it does not
 * say; a language said nowhere is taken from the script of the text (decision 1005). Bad input is refused as a whole
 * with a message naming the file and line, never quoting the text.
 */
public final class TextFiles {
    /** A text file or HTML page larger than this is refused before it is read (the extractor reads 1,000,000 characters at most). */
    public static final long MAX_PAGE_BYTES = 64L << 20;
    /** A JSONL of posts larger than this is refused before it is read. */
    public static final long MAX_JSONL_BYTES = 512L << 20;
    /** Posts are outside input: duplicate keys, trailing content, NUL and lone surrogates are refused (decision 0613). */
    private static final ObjectMapper JSON = org.groundtruth.intake.read.StrictJson.MAPPER;

    private TextFiles() {
    }

    public enum Format { TEXT, HTML, JSONL }

    /** Where the language of a text came from. */
    public enum LanguageFrom { FILE, OPTION, SCRIPT }

    /** What the file does not say: a language and a publication time, each may be null. */
    public record Defaults(Language language, OffsetDateTime published) {
    }

    /**
     * One text read from a file.
     *
     * @param line         line of a JSONL post (1-based), 0 for a whole file
     * @param source       the text with what is known about it
     * @param languageFrom where its language came from
     */
    public record Input(int line, SourceText source, LanguageFrom languageFrom) {
    }

    /** A file that cannot be read as texts; the message names the file (and line) and says why. */
    public static final class UnreadableFileException extends IllegalArgumentException {
        public UnreadableFileException(String message) {
            super(message);
        }
    }

    /**
     * The three forms read from what a person sent rather than from a file (the web's {@code POST /api/intake/texts}):
     * errors name "text" (or "text line N" of a JSONL) and never quote it.
     */
    public static final org.groundtruth.textintake.TextFormats FORMATS = TextFiles::readContent;

    public static List<org.groundtruth.textintake.TextFormats.Read> readContent(org.groundtruth.textintake.TextFormats.Format format, String content,
                                                                               Language language, OffsetDateTime published, String url, String author) {
        Defaults defaults = new Defaults(language, published);
        String where = "text";
        return switch (format) {
            case TEXT -> List.of(read(input(where, 0, content, null, null, url, author, defaults), null));
            case HTML -> {
                Document doc = Jsoup.parse(content);
                Input in = page(where, doc, defaults);
                if (in.source().url() == null && url != null || in.source().author() == null && author != null) {
                    SourceText s = in.source();
                    in = new Input(0, new SourceText(s.text(), s.language(), s.publishedAt(), s.url() == null ? url : s.url(),
                            s.author() == null ? author : s.author()), in.languageFrom());
                }
                yield List.of(read(in, content));
            }
            case JSONL -> posts(where, content, defaults).stream().map(i -> read(i, null)).toList();
        };
    }

    private static org.groundtruth.textintake.TextFormats.Read read(Input in, String page) {
        return new org.groundtruth.textintake.TextFormats.Read(in.line(), in.source(), page);
    }

    public static Format formatOf(Path file, byte[] head) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return Format.JSONL;
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return Format.HTML;
        String start = new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("\ufeff")) start = start.substring(1);
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) return Format.HTML;
        return Format.TEXT;
    }

    public static List<Input> read(Path file, Defaults defaults) {
        if (!Files.isRegularFile(file)) throw new UnreadableFileException("no such file: " + file);
        try {
            long size = Files.size(file);
            byte[] head = new byte[(int) Math.min(size, 512)];
            try (var in = Files.newInputStream(file)) {
                in.readNBytes(head, 0, head.length);
            }
            Format format = formatOf(file, head);
            long limit = format == Format.JSONL ? MAX_JSONL_BYTES : MAX_PAGE_BYTES;
            if (size > limit) throw new UnreadableFileException(file + ": " + size + " bytes, more than the " + limit + " read");
            return switch (format) {
                case TEXT -> List.of(whole(file, utf8(file, Files.readAllBytes(file)), null, null, null, defaults));
                case HTML -> List.of(html(file, defaults));
                case JSONL -> jsonl(file, defaults);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Input html(Path file, Defaults defaults) throws IOException {
        return page(file.toString(), Jsoup.parse(file.toFile(), null), defaults); // charset from the BOM or the page's meta, else UTF-8
    }

    private static Input page(String where, Document doc, Defaults defaults) {
        String lang = doc.select("html[lang]").attr("lang");
        String published = firstContent(doc, "meta[property=article:published_time]", "meta[itemprop=datePublished]",
                "meta[name=date]", "meta[name=pubdate]");
        String url = firstContent(doc, "meta[property=og:url]");
        if (url == null && !doc.select("link[rel=canonical]").isEmpty()) url = doc.select("link[rel=canonical]").attr("href");
        return input(where, 0, textOf(doc), lang.isBlank() ? null : lang.split("[-_]")[0], published, url, null, defaults);
    }

    private static Input whole(Path file, String text, String lang, String published, String url, Defaults defaults) {
        return input(file.toString(), 0, text, lang, published, url, null, defaults);
    }

    private static List<Input> jsonl(Path file, Defaults defaults) throws IOException {
        return posts(file.toString(), utf8(file, Files.readAllBytes(file)), defaults);
    }

    private static List<Input> posts(String name, String all, Defaults defaults) {
        List<Input> out = new ArrayList<>();
        String[] lines = all.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            if (lines[i].isBlank()) continue;
            String where = name + " line " + line;
            JsonNode post;
            try {
                post = JSON.readTree(lines[i]);
            } catch (IOException e) {
                throw new UnreadableFileException(where + ": not a JSON object");
            }
            if (post == null || !post.isObject()) throw new UnreadableFileException(where + ": not a JSON object");
            String problem = org.groundtruth.intake.read.StrictJson.textProblem(post);
            if (problem != null) throw new UnreadableFileException(where + ": " + problem);
            JsonNode text = post.get("text");
            if (text == null || !text.isTextual()) throw new UnreadableFileException(where + ": no \"text\" string");
            out.add(input(name, line, text.asText(), string(post, "language", where), string(post, "published", where),
                    string(post, "url", where), string(post, "author", where), defaults));
        }
        if (out.isEmpty()) throw new UnreadableFileException(name + ": no posts (a JSONL file has one JSON object a line)");
        return out;
    }

    private static String string(JsonNode post, String field, String where) {
        JsonNode v = post.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new UnreadableFileException(where + ": \"" + field + "\" is not a string");
        return v.asText().isBlank() ? null : v.asText();
    }

    private static Input input(String file, int line, String text, String lang, String published, String url, String author, Defaults defaults) {
        String where = line == 0 ? file : file + " line " + line;
        if (text == null || text.isBlank()) throw new UnreadableFileException(where + ": the text is empty");
        Language language;
        LanguageFrom from;
        if (lang != null) {
            language = Language.parse(lang).orElseThrow(() -> new UnreadableFileException(
                    where + ": language '" + lang + "' is not one the extractor reads (en, ar, uk)"));
            from = LanguageFrom.FILE;
        } else if (defaults.language() != null) {
            language = defaults.language();
            from = LanguageFrom.OPTION;
        } else {
            language = scriptOf(text).orElseThrow(() -> new UnreadableFileException(
                    where + ": no letters in Arabic, Cyrillic or Latin script to tell the language by; give its language"));
            from = LanguageFrom.SCRIPT;
        }
        OffsetDateTime at;
        try {
            at = published != null ? parsePublished(published) : defaults.published();
        } catch (IllegalArgumentException e) {
            throw new UnreadableFileException(where + ": " + e.getMessage());
        }
        try {
            return new Input(line, new SourceText(text, language, at, url, author), from);
        } catch (UnreadableTextException e) {
            throw new UnreadableFileException(where + ": " + e.getMessage());
        }
    }

    /**
     * A publication time: with its UTC offset ("2015-11-30T08:00+02:00"), or a local time or a day, read as UTC (a day
     * at noon, so that its date is the same in every zone the extractor might compare it with).
     */
    public static OffsetDateTime parsePublished(String s) {
        String t = s.strip();
        try {
            return OffsetDateTime.parse(t);
        } catch (DateTimeException ignored) {
            // not with an offset; try the forms without one
        }
        try {
            return LocalDateTime.parse(t).atOffset(ZoneOffset.UTC);
        } catch (DateTimeException ignored) {
            // not a local date-time either
        }
        try {
            return LocalDate.parse(t).atTime(LocalTime.NOON).atOffset(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("publication time '" + t + "' is not a date-time (use 2015-11-30T08:00+02:00 or 2015-11-30)");
        }
    }

    /** The language of a text by the script most of its letters are in: Arabic, Cyrillic (read as Ukrainian), Latin. */
    public static Optional<Language> scriptOf(String text) {
        int arabic = 0, cyrillic = 0, latin = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) continue;
            switch (Character.UnicodeScript.of(c)) {
                case ARABIC -> arabic++;
                case CYRILLIC -> cyrillic++;
                case LATIN -> latin++;
                default -> { }
            }
        }
        if (arabic == 0 && cyrillic == 0 && latin == 0) return Optional.empty();
        if (arabic >= cyrillic && arabic >= latin) return Optional.of(Language.ARABIC);
        return Optional.of(cyrillic >= latin ? Language.UKRAINIAN : Language.ENGLISH);
    }

    private static String firstContent(Document doc, String... selectors) {
        for (String s : selectors) {
            String v = doc.select(s).attr("content");
            if (!v.isBlank()) return v;
        }
        return null;
    }

    /**
     * The readable text of a page: the article when the page marks one, else its main part, else its body; without
     * scripts, menus and footers; a line break after every block so that headings and paragraphs stay sentences apart.
     */
    static String textOf(Document doc) {
        doc.select("script, style, noscript, template, nav, footer, aside, form, iframe, svg, button").remove();
        Element root = doc.select("article").size() == 1 ? doc.selectFirst("article")
                : doc.selectFirst("main") != null ? doc.selectFirst("main") : doc.body();
        if (root == null) return "";
        StringBuilder b = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) b.append(t.text());
                else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) b.append('\n');
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) b.append('\n');
            }
        }, root);
        return b.toString().replaceAll("[ \\t\\u00a0]+", " ").replaceAll(" ?\\n[ \\n]*", "\n").strip();
    }

    /** Strict UTF-8 (a BOM dropped): a file in another encoding is refused at the line where it stops being UTF-8. */
    private static String utf8(Path file, byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) if (bytes[i] == '\n') line++;
            throw new UnreadableFileException(file + " line " + line + ": not UTF-8 text (save it as UTF-8)");
        }
        d.flush(out);
        return out.flip().toString();
    }
}
