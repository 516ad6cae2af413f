package org.groundtruth.extraction;

import org.groundtruth.claim.ResponseKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The built-in extractor: rules and lexicons for English, Arabic and Ukrainian over a gazetteer. Reads, in order,
 * dates (so their numbers are not counts), air bases and party names (so "Hama airbase" and "Moscow" are not strike
 * sites), places, casualty figures, objects, weapons and events, and replies of parties; then groups them into one
 * candidate per strike ({@link StrikeGrouper}). Immutable and thread-safe; no I/O.
 */
public final class RuleBasedExtractor implements TextExtractor {
    private final PlaceLookup places;
    private final Tokenizer tokenizer;

    public RuleBasedExtractor(PlaceLookup places, WordForms wordForms) {
        this.places = Objects.requireNonNull(places, "places");
        this.tokenizer = new Tokenizer(Objects.requireNonNull(wordForms, "wordForms"));
    }

    public RuleBasedExtractor(PlaceLookup places) {
        this(places, new RuleWordForms());
    }

    @Override
    public Extraction extract(SourceText source) {
        List<Token> tokens = tokenizer.tokenize(source.text(), source.language());
        boolean[] occupied = new boolean[tokens.size()];
        // a publication time in a placeholder year (1753, 2919: seen in UCDP's source dates) is no time at all (decision 0614)
        java.time.OffsetDateTime publishedAt = source.publishedAt() == null
                || org.groundtruth.time.Years.problem(source.publishedAt().toLocalDate().minusDays(1)) != null
                || org.groundtruth.time.Years.problem(source.publishedAt().toLocalDate()) != null ? null : source.publishedAt();
        List<DateMention> dates = DateReader.read(tokens, publishedAt, occupied).stream().map(DateReader.Found::mention).toList();

        List<TermMention> terms = new ArrayList<>();
        boolean[] notPlaces = occupied.clone();
        for (Token t : tokens) if (t.isNumber()) notPlaces[t.index()] = true;
        terms(tokens, WeaponWords.BASES, TermKind.BASE, terms, notPlaces);
        terms(tokens, PartyWords.LEXICON, TermKind.PARTY, terms, notPlaces);
        List<PlaceMention> placeMentions = new PlaceReader(places).read(tokens, notPlaces, countryHint(tokens, terms, source.language()));

        List<CasualtyMention> casualties = CasualtyReader.read(tokens, NumberReader.read(tokens, occupied),
                dates.stream().map(DateMention::span).filter(java.util.Objects::nonNull).toList());
        terms(tokens, ObjectWords.LEXICON, TermKind.OBJECT, terms, null);
        terms(tokens, WeaponWords.AIRCRAFT, TermKind.AIRCRAFT, terms, null);
        terms(tokens, WeaponWords.MUNITIONS, TermKind.MUNITION, terms, null);
        terms(tokens, WeaponWords.EVENTS, TermKind.EVENT, terms, null);
        terms.sort((a, b) -> a.span().compareTo(b.span()));
        casualties = DayTally.mark(tokens, casualties, placeMentions, terms);
        List<ResponseMention> responses = responses(tokens, terms);

        boolean[] harm = harmSentences(tokens);
        if (DatedHeading.is(tokens, dates, placeMentions, source.language())) java.util.Arrays.fill(harm, true);
        List<CandidateReport> candidates = new StrikeGrouper(tokens, publishedAt == null ? null : publishedAt.toLocalDate(),
                source.language() != Language.UKRAINIAN)
                .withHarmWords(harmWords(tokens))
                .group(dates, placeMentions, casualties, terms, responses, harm);
        List<String> notes = new ArrayList<>();
        if (publishedAt == null) notes.add("no publication time: words such as \"yesterday\" and dates without a year were left unread");
        if (candidates.isEmpty()) notes.add("no strike described: no casualty, object hit or attack was found");
        return new Extraction(source, candidates, dates, placeMentions, casualties, terms, responses, notes);
    }

    /**
     * The country a text's words other than its places point to: the country's name ("Syria", "Syrian", "سوريا",
     * "України"), a party that fights in one country only (Syria's
     * government, Ukraine's forces), else the home of the language's texts in the gazetteer (Arabic: Syria; Ukrainian:
     * Ukraine); English, without such a party, none.
     */
    static String countryHint(List<Token> tokens, List<TermMention> terms, Language language) {
        for (Token t : tokens) {
            if (!t.isWord()) continue;
            if (t.norm().startsWith("syria") || t.norm().equals("سوريا") || t.norm().equals("سوريه") || t.norm().startsWith("сирі")) return "SY";
            if (t.norm().startsWith("ukrain") || t.norm().startsWith("україн")) return "UA";
        }
        for (TermMention t : terms) {
            if (t.kind() != TermKind.PARTY) continue;
            if (t.code().equals("syrian_government")) return "SY";
            if (t.code().equals("ukrainian_military")) return "UA";
        }
        return switch (language) {
            case ARABIC -> "SY";
            case UKRAINIAN -> "UA";
            default -> null;
        };
    }

    /** Finds a lexicon's terms; party phrases naming two parties give two mentions; "no party" phrases give none. */
    private static void terms(List<Token> tokens, Lexicon lexicon, TermKind kind, List<TermMention> out, boolean[] block) {
        for (Lexicon.Match m : lexicon.find(tokens)) {
            if (block != null) for (int k = m.from(); k < m.to(); k++) block[k] = true;
            if (m.code().equals(PartyWords.NONE)) continue;
            for (String code : m.code().split("\\+")) out.add(new TermMention(kind, code, m.span(tokens)));
        }
    }

    /** A reply cue and the party named nearest to it in the same sentence, before it if possible. */
    private static List<ResponseMention> responses(List<Token> tokens, List<TermMention> terms) {
        List<ResponseMention> out = new ArrayList<>();
        for (Lexicon.Match m : ResponseWords.LEXICON.find(tokens)) {
            Span cue = m.span(tokens);
            int sentence = tokens.get(m.from()).sentence();
            TermMention party = null;
            int best = Integer.MAX_VALUE;
            for (TermMention t : terms) {
                if (t.kind() != TermKind.PARTY || Token.sentenceAt(tokens, t.span().start()) != sentence) continue;
                int d = t.span().end() <= cue.start() ? cue.start() - t.span().end() : (t.span().start() - cue.end()) * 2;
                if (d < best) {
                    best = d;
                    party = t;
                }
            }
            if (party == null) continue;
            ResponseKind kind = ResponseKind.valueOf(m.code());
            ResponseMention r = new ResponseMention(party.code(), kind, cue, party.span());
            ResponseMention same = out.stream().filter(x -> x.party().equals(r.party()) && Token.sentenceAt(tokens, x.span().start()) == sentence)
                    .findFirst().orElse(null);
            if (same == null) out.add(r);
            else if (same.kind() == ResponseKind.DENIAL && kind == ResponseKind.CALLED_FAKE) out.set(out.indexOf(same), r);
        }
        return out;
    }


    /** The words of killing or wounding ("killed", "casualties", "human losses"). */
    private static List<Span> harmWords(List<Token> tokens) {
        List<Span> out = new ArrayList<>();
        for (Lexicon.Match m : CasualtyWords.LEXICON.find(tokens)) {
            String c = m.code();
            if (c.equals(CasualtyWords.KILL) || c.equals(CasualtyWords.KILLED) || c.equals(CasualtyWords.INJURE) || c.equals(CasualtyWords.INJURED)
                    || c.equals(CasualtyWords.COMBINED)) out.add(m.span(tokens));
        }
        return out;
    }

    /** Sentences with a word of killing or wounding, even without a number ("martyrs and wounded in Rastan"). */
    private static boolean[] harmSentences(List<Token> tokens) {
        int n = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence() + 1;
        boolean[] harm = new boolean[n];
        for (Lexicon.Match m : CasualtyWords.LEXICON.find(tokens)) {
            String c = m.code();
            if (c.equals(CasualtyWords.KILL) || c.equals(CasualtyWords.KILLED) || c.equals(CasualtyWords.INJURE) || c.equals(CasualtyWords.INJURED)
                    || c.equals(CasualtyWords.COMBINED)) harm[tokens.get(m.from()).sentence()] = true;
        }
        return harm;
    }
}
