package org.groundtruth.extraction;

import org.groundtruth.gazetteer.MatchKind;
import org.groundtruth.gazetteer.Place;
import org.groundtruth.gazetteer.PlaceMatch;
import org.groundtruth.gazetteer.PlaceNames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds places in tokenised text through the gazetteer. Candidate names are runs of up to four capitalised words
 * (Latin or Cyrillic, with connectors such as "al-" and "Deir ez-"), and in Arabic, which has no capitals, the words
 * after a place cue ("في", "مدينة", "ريف", the clitic "بـ"). Each is looked up as written and under its other forms
 * (case endings, clitics); how sure the match must be depends on the evidence: an exact or normalised name is taken,
 * a consonant-skeleton match needs a capital letter or a cue, a fuzzy one a cue. The longest name wins.
 *
 * <p>Then the context: a governorate, "Idlib countryside", "ريف إدلب", "Харківська область" or "Харківщина" is an
 * AREA; "south of Idlib", "جنوب الرقة" a REFERENCE; both give the governorate in which the sentence's other names
 * are looked up again when their first reading was unsure or fell elsewhere. Names read in a country other than the
 * one most surely named in the text are looked up again in that country.
 */
final class PlaceReader {
    private static final int MAX_WORDS = 4;
    private static final Pattern REGION_SUFFIX = Pattern.compile("(.{3,})щин(а|і|у|и|ою)");

    private final PlaceLookup lookup;
    private final Map<String, Optional<PlaceMatch>> memo = new HashMap<>();

    PlaceReader(PlaceLookup lookup) {
        this.lookup = lookup;
    }

    private record Candidate(int from, int to, String written, PlaceMatch match, boolean cue) {
    }

    List<PlaceMention> read(List<Token> tokens, boolean[] blocked) {
        return read(tokens, blocked, null);
    }

    /**
     * @param countryHint the country the text's other words point to (a party that fights only there, the language's
     *                    home), used when no name is read surely; may be null
     */
    List<PlaceMention> read(List<Token> tokens, boolean[] blocked, String countryHint) {
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Candidate c = blocked[i] ? null : longestAt(tokens, blocked, i);
            if (c == null) {
                i++;
                continue;
            }
            found.add(c);
            i = c.to();
        }
        found = sameCountry(found, countryHint);
        List<PlaceMention> mentions = new ArrayList<>();
        for (Candidate c : found) mentions.add(withRole(tokens, c));
        return withGovernorateContext(tokens, mentions);
    }

    // ------------------------------------------------------------------------------------------------ candidates

    private Candidate longestAt(List<Token> tokens, boolean[] blocked, int i) {
        Token first = tokens.get(i);
        if (!first.isWord() || first.isAny(PlaceWords.NOT_PLACES) && !isArabic(first)) return null;
        if (isArabic(first) && (first.isAny(PlaceWords.ARABIC_NOT_PLACES) || first.isAny(PlaceWords.CUES) && !first.isAny(PlaceWords.ARABIC_NAME_PREFIXES))) return null;
        Candidate region = regionWord(tokens, i);
        if (region != null) return region;
        Candidate oblast = oblastAdjective(tokens, i);
        if (oblast != null) return oblast;
        boolean arabic = isArabic(first);
        boolean latinOrCyrillic = !arabic;
        if (latinOrCyrillic && !first.capitalised() && !(first.isAny(PlaceWords.CONNECTORS) && i + 1 < tokens.size() && tokens.get(i).joinedToNext())) return null;
        boolean cue = hasCue(tokens, i);
        // Arabic has no capitals: only the words after a cue are looked up (every word would cost a gazetteer search)
        if (arabic && !cue && !quoted(tokens, i)) return null;
        int end = i;
        int words = 0;
        List<Integer> ends = new ArrayList<>();
        while (end < tokens.size() && words < MAX_WORDS && !blocked[end] && tokens.get(end).sentence() == first.sentence()) {
            Token t = tokens.get(end);
            if (t.isWord()) {
                boolean continues = end == i || arabic || t.capitalised() || t.isAny(PlaceWords.CONNECTORS)
                        || tokens.get(end - 1).isMark("-") || (tokens.get(end - 1).isWord() && tokens.get(end - 1).joinedToNext());
                if (!continues || (end > i && t.isAny(PlaceWords.NOT_PLACES) && !arabic)) break;
                if (arabic && end > i && !continuesArabicName(tokens.get(i), t, words)) break;
                words++;
                ends.add(end + 1);
                end++;
            } else if ((t.isMark("-") || t.isMark("'") || t.isMark("’")) && t.joinedToNext() && end > i && tokens.get(end - 1).joinedToNext()) {
                end++;
            } else {
                break;
            }
        }
        Candidate plain = null;
        for (int k = ends.size() - 1; k >= 0 && plain == null; k--) {
            Optional<Candidate> c = best(tokens, i, ends.get(k), k + 1, cue);
            if (c.isPresent()) plain = c.get();
        }
        // "the eastern Ghouta" is Eastern Ghouta; "west Deir Ezzor" is Deir Ezzor, not "west Deir" (Deir Gharbi): the direction
        // joins the name only when the whole covers at least the words the name alone would
        Candidate withDirection = withLowerCaseDirection(tokens, blocked, i, ends);
        if (withDirection != null && (plain == null || withDirection.to() >= plain.to())) return withDirection;
        if (plain != null && !plausible(tokens, blocked, plain, ends.isEmpty() ? i + 1 : ends.get(ends.size() - 1))) return null;
        return plain;
    }

    /** Names of armed groups begin with these words ("Jaysh al-Islam", "Jund al-Aqsa", "Ahrar al-Sham", "Liwa Shuhada Badr"). */
    static final Set<String> GROUP_HEADS = PlaceWords.norm("jaysh", "jaish", "jund", "ahrar", "liwa", "liwaa", "kataib", "katibat", "saraya",
            "harakat", "faylaq", "failaq", "ansar", "shuhada", "shuhadaa", "firqat", "quwat", "alwiya", "tajammu", "brigade", "brigades",
            "battalion", "division", "movement", "army", "front");
    /** After a name: the name is that of a street, a road or a field, not of the town ("Tal Abyad street", "Castello road", "al-Tank field"). */
    static final Set<String> NOT_THE_TOWN_AFTER = PlaceWords.norm("street", "road", "highway", "field", "oilfield", "gasfield", "stadium",
            "roundabout", "junction", "brigade", "battalion", "forces", "fighters", "association", "front", "movement", "commander", "commanders",
            "organization", "organisation", "operation", "group", "army");

    /**
     * A reading is implausible when the name is that of a group or a street: it follows a group's head word ("Jaysh
     * al-Islam", "Jund al-Aqsa", "Ahrar al-Sharqiyyah") or is followed by "street", "road", "field", "forces"; and a loose
     * (skeleton or fuzzy) reading is implausible when it is only part of a longer run of capitalised words ("Bashar" of
     * "Bashar al-Assad", "al-Safa" of "Tlul al-Safa"): the run is one name, and not this one.
     */
    private static boolean plausible(List<Token> tokens, boolean[] blocked, Candidate c, int runEnd) {
        Token first = tokens.get(c.from());
        if (isArabic(first)) return true;
        int before = previousWord(tokens, c.from());
        int head = before;   // "Ahrar al-Sharqiyyah": the head word may stand before the name's article
        while (head >= 0 && tokens.get(head).isAny(PlaceWords.CONNECTORS) && tokens.get(head).sentence() == first.sentence()) head = previousWord(tokens, head);
        if (head >= 0 && tokens.get(head).capitalised() && tokens.get(head).isAny(GROUP_HEADS)) return false;
        if (first.isAny(GROUP_HEADS)) return false;
        int after = c.to() < tokens.size() && tokens.get(c.to()).isWord() ? c.to() : -1;
        if (after < 0 && c.to() < tokens.size() && (tokens.get(c.to()).isMark("’") || tokens.get(c.to()).isMark("'"))) after = c.to() + 1 < tokens.size() && tokens.get(c.to() + 1).isWord() ? c.to() + 1 : -1;
        if (after >= 0 && tokens.get(after).sentence() == first.sentence() && tokens.get(after).isAny(NOT_THE_TOWN_AFTER)) return false;
        boolean loose = c.match().kind() == MatchKind.SKELETON || c.match().kind() == MatchKind.FUZZY;
        boolean areaWordAfter = c.to() < tokens.size() && (tokens.get(c.to()).isAny(PlaceWords.AREA_AFTER) || tokens.get(c.to()).isAny(OBLAST_WORDS));
        if (isCyrillic(first) && !c.match().place().isGovernorate() && !c.cue() && !areaWordAfter) {
            // two capitalised Cyrillic words that are not one name are a person's names ("Віталія Кличка", "Вадим Філашкін")
            boolean nameBefore = before >= 0 && before == c.from() - 1 && tokens.get(before).capitalised() && !blocked[before] && !startsSentence(tokens, before)
                    && !tokens.get(before).isAny(PlaceWords.NOT_PLACES) && isCyrillic(tokens.get(before));
            boolean nameAfter = c.to() < tokens.size() && tokens.get(c.to()).isWord() && tokens.get(c.to()).capitalised() && !blocked[c.to()]
                    && isCyrillic(tokens.get(c.to())) && !tokens.get(c.to()).isAny(PlaceWords.NOT_PLACES) && !tokens.get(c.to()).isAny(OBLAST_WORDS)
                    && !(c.to() + 1 < tokens.size() && (tokens.get(c.to() + 1).isAny(PlaceWords.AREA_AFTER) || tokens.get(c.to() + 1).isAny(OBLAST_WORDS)));
            if (nameBefore || nameAfter) return false;
        }
        if (!loose) return true;
        int end = runEnd;
        while (end > c.to() && (tokens.get(end - 1).isAny(PLACE_KINDS) || tokens.get(end - 1).isAny(PlaceWords.AREA_AFTER))) end--;
        if (end > c.to()) return false;
        // "Jaysh al-Islam", "Tlul al-Safa": a name that begins with an article continues the capitalised word before it
        boolean continues = first.isAny(PlaceWords.CONNECTORS) && before >= 0 && before == c.from() - 1 && tokens.get(before).capitalised()
                && tokens.get(before).sentence() == first.sentence();
        return !continues;
    }

    /** "the eastern Ghouta": a direction written in lower case that belongs to the name (Eastern Ghouta), when the whole is a name. */
    private Candidate withLowerCaseDirection(List<Token> tokens, boolean[] blocked, int i, List<Integer> ends) {
        if (i == 0 || blocked[i - 1]) return null;
        Token before = tokens.get(i - 1);
        if (!before.isWord() || before.capitalised() || !before.isAny(PlaceWords.DIRECTIONS) || isArabic(before) || before.sentence() != tokens.get(i).sentence()) return null;
        for (int k = ends.size() - 1; k >= 0; k--) {
            String written = text(tokens, i - 1, ends.get(k));
            Optional<PlaceMatch> m = find(written, null, null);
            if (m.isPresent() && (m.get().kind() == MatchKind.EXACT || m.get().kind() == MatchKind.NORMALISED)) {
                return new Candidate(i - 1, ends.get(k), written, m.get(), hasCue(tokens, i - 1));
            }
        }
        return null;
    }

    /**
     * Arabic names of several words are "prefix + name" ("كفر نبل", "جسر الشغور", "أبو الظهور") or "name + definite
     * word" ("معرة النعمان", "السعن الأسود"); any other word ends the name; two words at most, three after a prefix.
     */
    private static boolean continuesArabicName(Token first, Token t, int wordsSoFar) {
        int most = first.isAny(PlaceWords.ARABIC_NAME_PREFIXES) ? 3 : 2;
        if (!isArabic(t) || wordsSoFar >= most || startsNewArabicPhrase(t) || t.isAny(PlaceWords.CUES) || t.isAny(PlaceWords.ARABIC_NOT_PLACES)) return false;
        return first.isAny(PlaceWords.ARABIC_NAME_PREFIXES) && wordsSoFar == 1 || t.norm().startsWith("ال");
    }

    /** A conjunction-prefixed Arabic word starts a new phrase: "رطلة والكسرة" are two places. */
    private static boolean startsNewArabicPhrase(Token t) {
        return t.norm().startsWith("و") && t.norm().length() > 3 && !t.forms().get(0).equals(t.norm().substring(1));
    }

    private Optional<Candidate> best(List<Token> tokens, int from, int to, int words, boolean cue) {
        Token first = tokens.get(from);
        boolean arabic = isArabic(first);
        String written = text(tokens, from, to);
        for (String name : variants(tokens, from, to)) {
            Optional<PlaceMatch> m = find(name, null, null);
            if (m.isEmpty()) continue;
            MatchKind kind = m.get().kind();
            boolean exact = kind == MatchKind.EXACT || kind == MatchKind.NORMALISED;
            boolean accept;
            if (arabic && words == 1 && first.isAny(PlaceWords.ARABIC_NAME_PREFIXES)) accept = false;
            else if (arabic) accept = cue || (exact && words >= 2);
            else if (exact) accept = true;
            else if (startsSentence(tokens, from) && !cue) accept = false;   // its capital says nothing: "Aerial bombardment ..."
            else if (kind == MatchKind.SKELETON) accept = cue || name.length() >= 6;
            else accept = cue && name.length() >= 6;
            if (accept) return Optional.of(new Candidate(from, to, written, m.get(), cue));
        }
        return Optional.empty();
    }

    /** The name as written, then with the first word's clitics off (Arabic) and the last word's endings off (Cyrillic). */
    private static List<String> variants(List<Token> tokens, int from, int to) {
        Set<String> out = new LinkedHashSet<>();
        out.add(text(tokens, from, to));
        Token first = tokens.get(from);
        Token last = tokens.get(to - 1);
        String middle = to - from > 1 ? text(tokens, from + 1, to) : "";
        if (isArabic(first)) {
            for (String f : first.forms()) out.add(to - from > 1 ? f + " " + middle : f);
        }
        if (!isArabic(last) && last.forms().size() > 1) {
            String head = to - from > 1 ? text(tokens, from, to - 1) + (tokens.get(to - 2).joinedToNext() ? "" : " ") : "";
            for (String f : last.forms().subList(1, last.forms().size())) out.add(head + f);
        }
        return List.copyOf(out);
    }

    private static String text(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(tokens.get(k).raw());
            if (k + 1 < to && !tokens.get(k).joinedToNext()) b.append(' ');
        }
        return b.toString();
    }

    /** "Харківщина", "на Дніпропетровщині": the oblast of the city the word is made from. */
    private Candidate regionWord(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.capitalised()) return null;
        Matcher m = REGION_SUFFIX.matcher(t.norm());
        if (!m.matches()) return null;
        String stem = m.group(1);
        for (String city : List.of(stem, stem + "ськ", stem + "а", stem + "и")) {
            Optional<PlaceMatch> town = find(city, null, "UA");
            if (town.isEmpty() || town.get().place().governorate() == null) continue;
            Optional<Place> oblast = lookup.governorate(town.get().place().governorate(), town.get().place().countryCode());
            if (oblast.isPresent()) {
                PlaceMatch asOblast = new PlaceMatch(oblast.get(), town.get().kind(), town.get().score(), town.get().matchedName(), 0, false);
                return new Candidate(i, i + 1, t.raw(), asOblast, true);
            }
        }
        return null;
    }

    private static final Pattern OBLAST_ADJECTIVE = Pattern.compile("(.{2,}(?:ськ|цьк|зьк))(?:а|ої|ій|у|ою|ий|ого|ому|им)");
    private static final Set<String> OBLAST_WORDS = PlaceWords.norm("область", "області", "областю", "обласна", "обласної", "обласній",
            "обласну", "обласною", "ова", "ода", "овa");

    /**
     * "Донецькій області", "Донецької обласної військової адміністрації", "Київської ОВА": the adjective of an oblast
     * before an oblast's word is the oblast (Donetsk oblast), not a town of that name (Donetsk in Rostov oblast).
     */
    private Candidate oblastAdjective(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.capitalised() || i + 1 >= tokens.size() || !tokens.get(i + 1).isWord() || !tokens.get(i + 1).isAny(OBLAST_WORDS)) return null;
        Matcher m = OBLAST_ADJECTIVE.matcher(t.norm());
        if (!m.matches()) return null;
        String name = m.group(1) + "а область";
        Optional<Place> oblast = lookup.governorate(name, null);
        if (oblast.isEmpty()) {
            Optional<PlaceMatch> found = find(name, null, null);
            if (found.isPresent() && found.get().place().isGovernorate()) oblast = Optional.of(found.get().place());
        }
        if (oblast.isEmpty()) return null;
        return new Candidate(i, i + 1, t.raw(), new PlaceMatch(oblast.get(), MatchKind.EXACT, 1, name, 0, false), true);
    }

    private static boolean startsSentence(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Token p = tokens.get(k);
            if (p.sentence() != tokens.get(i).sentence()) return true;
            if (p.isWord() || p.isNumber()) return false;
        }
        return true;
    }

    private static boolean quoted(List<Token> tokens, int i) {
        return i > 0 && (tokens.get(i - 1).isMark("«") || tokens.get(i - 1).isMark("\"") || tokens.get(i - 1).isMark("“") || tokens.get(i - 1).isMark("("));
    }

    private static boolean hasCue(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (isArabic(t) && t.forms().size() > 1 && (t.norm().startsWith("ب") || t.norm().startsWith("وب"))) return true;
        for (int k = i - 1, seen = 0; k >= 0 && seen < 2; k--) {
            Token p = tokens.get(k);
            if (p.sentence() != t.sentence()) return false;
            if (p.isMark("«") || p.isMark("\"") || p.isMark("“") || p.isMark("(")) return k == i - 1;
            if (!p.isWord()) {
                if (p.isMark(".") && k > 0 && tokens.get(k - 1).isWord() && tokens.get(k - 1).raw().length() <= 3) continue; // "с." "м."
                return false;
            }
            if (p.isAny(PlaceWords.CUES)) return true;
            if (!p.is("the") && !p.is("ال")) return false;
            seen++;
        }
        return false;
    }

    /** Names longer than this are no place names; looking them up only costs time. */
    private static final int MAX_NAME_CHARS = 40;

    private Optional<PlaceMatch> find(String name, String hint, String country) {
        if (name.length() > MAX_NAME_CHARS) return Optional.empty();
        return memo.computeIfAbsent(name + "\u0000" + hint + "\u0000" + country, k -> lookup.lookup(name, hint, country));
    }

    // ------------------------------------------------------------------------------------------------ context

    /**
     * Re-reads names that fell outside the country most surely named in the text (else the country its other words
     * point to). A loose reading (skeleton or fuzzy) in another country that no sure name corroborates is dropped:
     * "Chechen fighters" is no village in Donetsk oblast, "Videos" no town in Russia.
     */
    private List<Candidate> sameCountry(List<Candidate> found, String countryHint) {
        Map<String, Integer> votes = new HashMap<>();
        Map<String, Integer> ambiguousVotes = new HashMap<>();
        for (Candidate c : found) {
            MatchKind k = c.match().kind();
            if (k == MatchKind.EXACT || k == MatchKind.NORMALISED) (c.match().ambiguous() ? ambiguousVotes : votes).merge(c.match().place().countryCode(), 1, Integer::sum);
        }
        if (votes.isEmpty()) votes = ambiguousVotes;
        String country = votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(countryHint);
        if (country == null) return found;
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : found) {
            if (c.match().place().countryCode().equals(country)) {
                out.add(c);
                continue;
            }
            Optional<PlaceMatch> again = find(c.written(), null, country);
            if (again.isPresent() && again.get().kind().ordinal() <= c.match().kind().ordinal() + 1) {
                out.add(new Candidate(c.from(), c.to(), c.written(), again.get(), c.cue()));
            } else if (c.match().kind() == MatchKind.EXACT || c.match().kind() == MatchKind.NORMALISED) {
                out.add(c);
            }
        }
        return out;
    }

    private PlaceMention withRole(List<Token> tokens, Candidate c) {
        Span span = tokens.get(c.from()).span().union(tokens.get(c.to() - 1).span());
        PlaceMention.Role role = PlaceMention.Role.SITE;
        PlaceMatch match = c.match();
        if (match.place().isGovernorate()) {
            role = PlaceMention.Role.AREA;
        } else if (isArea(tokens, c.from(), c.to())) {
            // "Idlib countryside" is the governorate's countryside; "Manbij countryside" the town's, kept at district level
            role = PlaceMention.Role.AREA;
            Optional<Place> g = match.place().governorate() == null ? Optional.empty()
                    : lookup.governorate(match.place().governorate(), match.place().countryCode());
            if (g.isPresent() && namesGovernorate(c, g.get())) {
                match = new PlaceMatch(g.get(), match.kind(), match.score(), match.matchedName(), match.editDistance(), false);
            }
        } else if (isReference(tokens, c.from())) {
            role = PlaceMention.Role.REFERENCE;
        }
        return new PlaceMention(match, c.written(), role, span);
    }

    /**
     * True when the town read bears its governorate's own name ("Idlib countryside", "Харківщина"), not a district's
     * or another town's ("Manbij countryside"): a name's consonant skeleton, area words such as "oblast" left out.
     */
    private static boolean namesGovernorate(Candidate c, Place governorate) {
        Set<String> own = new java.util.HashSet<>();
        for (String n : governorate.allNames()) own.add(PlaceNames.skeletonKey(PlaceNames.withoutAreaQualifiers(n)));
        own.remove("");
        return own.contains(PlaceNames.skeletonKey(c.match().place().name())) || own.contains(PlaceNames.skeletonKey(c.written()))
                || c.match().matchedName() != null && own.contains(PlaceNames.skeletonKey(c.match().matchedName()));
    }

    private static boolean isArea(List<Token> tokens, int from, int to) {
        int after = nextWord(tokens, to);
        if (after >= 0 && tokens.get(after).isAny(PlaceWords.AREA_AFTER) && tokens.get(after).sentence() == tokens.get(from).sentence()) return true;
        int before = previousWord(tokens, from);
        if (before < 0) return false;
        if (tokens.get(before).isAny(PlaceWords.AREA_BEFORE)) return true;
        if (tokens.get(before).is("of")) {
            int b2 = previousWord(tokens, before);
            if (b2 >= 0 && tokens.get(b2).is("the")) b2 = previousWord(tokens, b2);
            return b2 >= 0 && tokens.get(b2).isAny(PlaceWords.AREA_BEFORE);
        }
        return false;
    }

    private static boolean isReference(List<Token> tokens, int from) {
        int before = previousWord(tokens, from);
        if (before < 0) return false;
        Token b = tokens.get(before);
        if (b.isAny(PlaceWords.DIRECTIONS) && !b.is("від")) return isArabic(b);
        if (b.is("of") || b.is("від")) {
            int b2 = previousWord(tokens, before);
            return b2 >= 0 && tokens.get(b2).isAny(PlaceWords.DIRECTIONS);
        }
        return false;
    }

    private static int nextWord(List<Token> tokens, int k) {
        for (; k < tokens.size(); k++) if (tokens.get(k).isWord()) return k;
        return -1;
    }

    private static int previousWord(List<Token> tokens, int k) {
        for (k = k - 1; k >= 0; k--) {
            if (tokens.get(k).isWord()) return k;
            if (!tokens.get(k).isMark("-") && !tokens.get(k).isMark(",")) return -1;
        }
        return -1;
    }

    /**
     * Sites read unsurely, or in a governorate other than the one the sentence (else the text) puts in context, are
     * looked up again inside that governorate.
     */
    private List<PlaceMention> withGovernorateContext(List<Token> tokens, List<PlaceMention> mentions) {
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention m : mentions) {
            if (m.role() != PlaceMention.Role.SITE) {
                out.add(m);
                continue;
            }
            PlaceMention container = container(tokens, mentions, m);
            if (container != null && container.governorate() != null && !container.governorate().equals(m.governorate())) {
                // "Al-Hazawneh neighborhood in Manbij city": the text says where it lies; a reading elsewhere is a namesake
                Optional<PlaceMatch> inside = findIn(tokens, m, container.governorate());
                if (inside.isPresent()) out.add(new PlaceMention(inside.get(), m.written(), m.role(), m.span()));
                continue;
            }
            String context = contextGovernorate(tokens, mentions, m);
            PlaceMatch match = m.match();
            boolean loose = match.kind() == MatchKind.SKELETON || match.kind() == MatchKind.FUZZY;
            boolean unsure = loose || match.ambiguous();
            if (context != null && (unsure || !context.equals(match.place().governorate()))) {
                Optional<PlaceMatch> again = find(m.written(), context, match.place().countryCode());
                if (again.isEmpty()) {
                    for (String v : variants(tokens, Token.indexAt(tokens, m.span().start()), Token.indexAt(tokens, m.span().end() - 1) + 1)) {
                        again = find(v, context, match.place().countryCode());
                        if (again.isPresent()) break;
                    }
                }
                // a name read surely elsewhere is not traded for a looser reading inside the context ("Idlib and Hama")
                // an ambiguous sure name ("Mansoura": towns in Aleppo and Raqqa) is read in the context as surely as spelled there
                boolean sureAgain = again.isPresent() && (again.get().kind() == MatchKind.EXACT || again.get().kind() == MatchKind.NORMALISED);
                if (again.isPresent() && !again.get().place().isGovernorate()
                        && (loose || again.get().kind().compareTo(match.kind()) <= 0 || match.ambiguous() && sureAgain)) match = again.get();
            }
            out.add(new PlaceMention(match, m.written(), m.role(), m.span()));
        }
        return out;
    }

    /** Words between a name and the "in" that places it inside another ("Salhab town in the countryside of Hama"). */
    private static final Set<String> PLACE_KINDS = PlaceWords.norm("town", "city", "village", "neighbourhood", "neighborhood", "district",
            "camp", "area", "suburb", "quarter", "farms");
    private static final Set<String> INSIDE = PlaceWords.norm("in", "inside", "at", "في", "بمدينة", "بريف");
    private static final Set<String> GOVERNORATE_WORDS = PlaceWords.norm("governorate", "province");
    private static final Set<String> INSIDE_FILLERS = PlaceWords.norm("the", "countryside", "outskirts", "suburbs", "of", "city", "town",
            "northern", "southern", "eastern", "western", "ريف", "مدينة", "محافظة");

    /**
     * The place a site is said to lie in: "X [town|neighborhood] in [the countryside of] Y" names Y as X's container
     * ("في" in Arabic). Only "in": "X near Y" or "X, south of Y" may cross a governorate's border.
     */
    private static PlaceMention container(List<Token> tokens, List<PlaceMention> mentions, PlaceMention site) {
        int k = Token.indexAt(tokens, site.span().end() - 1) + 1;
        int sentence = tokens.get(k - 1).sentence();
        int kinds = k;
        while (k < tokens.size() && tokens.get(k).isWord() && tokens.get(k).isAny(PLACE_KINDS)) k++;
        if (k < tokens.size() && tokens.get(k).sentence() == sentence && tokens.get(k).isMark(",")) {
            // a monitor's log: "Mansoura, Raqqa governorate, Syria", "Iskanderia neighbourhood of Tabaqa, Raqqa governorate"
            for (PlaceMention c : mentions) {
                if (c == site || !c.match().place().isGovernorate() || c.span().start() < tokens.get(k).span().end()) continue;
                int g = Token.indexAt(tokens, c.span().end() - 1) + 1;
                if (tokens.get(g - 1).sentence() == sentence && g < tokens.size() && tokens.get(g).sentence() == sentence
                        && tokens.get(g).isAny(GOVERNORATE_WORDS)) return c;
            }
        }
        boolean of = k > kinds && k < tokens.size() && tokens.get(k).is("of");   // "Fardous neighbourhood of Raqqa city"
        if (k >= tokens.size() || tokens.get(k).sentence() != sentence || !(of || tokens.get(k).isAny(INSIDE))) return null;
        k++;
        while (k < tokens.size() && tokens.get(k).isWord() && tokens.get(k).isAny(INSIDE_FILLERS)) k++;
        if (k >= tokens.size() || tokens.get(k).sentence() != sentence) return null;
        int at = tokens.get(k).span().start();
        for (PlaceMention c : mentions) if (c != site && c.span().start() == at) return c;
        return null;
    }

    /** The site's name looked up again inside a governorate, as written and under its other forms. */
    private Optional<PlaceMatch> findIn(List<Token> tokens, PlaceMention m, String governorate) {
        for (String v : variants(tokens, Token.indexAt(tokens, m.span().start()), Token.indexAt(tokens, m.span().end() - 1) + 1)) {
            Optional<PlaceMatch> again = find(v, governorate, m.match().place().countryCode());
            if (again.isPresent() && !again.get().place().isGovernorate() && governorate.equals(again.get().place().governorate())) return again;
        }
        return Optional.empty();
    }

    private static String contextGovernorate(List<Token> tokens, List<PlaceMention> mentions, PlaceMention site) {
        int sentence = Token.sentenceAt(tokens, site.span().start());
        String inText = null;
        for (PlaceMention m : mentions) {
            if (m.role() == PlaceMention.Role.SITE || m.governorate() == null) continue;
            if (Token.sentenceAt(tokens, m.span().start()) == sentence) return m.governorate();
            if (inText == null) inText = m.governorate();
        }
        return inText;
    }


    private static boolean isCyrillic(Token t) {
        return !t.norm().isEmpty() && Character.UnicodeScript.of(t.norm().codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    private static boolean isArabic(Token t) {
        return !t.norm().isEmpty() && Normaliser.isArabicLetter(t.norm().codePointAt(0));
    }
}
