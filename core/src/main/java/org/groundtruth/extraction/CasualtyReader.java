package org.groundtruth.extraction;

import org.groundtruth.incident.CountRange;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.groundtruth.extraction.CasualtyWords.*;

/**
 * Reads casualty figures sentence by sentence. A number counts people when the noun after it is a person ("12
 * civilians", "40 شهيدا", "п'ятеро людей") or a casualty ("8 загиблих"); what happened to them is the nearest killing,
 * wounding or combined cue in the sentence ("killed", "قتل", "загинули", "casualties"). A figure after "including",
 * "بينهم", "серед них", or a group of children, women or men after a total, is part of that total. A noun without a
 * number counts as one or two when it is singular or dual ("قتلت سيدة وطفل", "загинула жінка"), and a plural next to
 * a killing as at least two ("airstrikes kill civilians"). A toll over days or since a date, or a revised toll of a period,
 * a campaign or both sides, is marked cumulative (decision 1024).
 */
final class CasualtyReader {
    /** "raises the number of who were killed by the Turkish Jandarma to 335": how far the revising verb may stand before "to". */
    private static final int UPDATE_WORDS = 14;
    private static final int CUE_LEFT = 6, CUE_RIGHT = 10, HEAD_WORDS = 4, BARE_CUE = 6;
    private static final Set<String> TO = Set.of("to", "الى", "الي", "до");     // "إلى" is normalised to "الي"
    private static final Set<String> ARTICLES = Set.of("a", "an", "one");
    private static final Set<String> LIST_JOINERS = Set.of("and", "or", "та", "і", "й", "و", "-");
    /** Words that may follow a count of people without being its noun ("kills 13 in", "загинули 7 у"). */
    private static final Set<String> FUNCTION_WORDS = Set.of("in", "on", "at", "of", "and", "were", "was", "are", "is", "have", "has", "had",
            "more", "others", "yesterday", "today", "after", "when", "while", "as", "by", "from", "near", "inside", "including", "among",
            "least", "so", "far", "this", "last", "during", "over", "people",
            "في", "على", "من", "عن", "الى", "و", "بعد", "قبل", "جراء", "اثر", "بينهم", "منهم", "حتى", "فيما", "كما", "اليوم", "امس",
            "у", "в", "на", "з", "із", "та", "і", "й", "ще", "після", "внаслідок", "через", "серед", "зокрема", "вчора", "сьогодні", "а", "але");

    /** Prepositions that open a new phrase after a number ("13 in raids", "13 في غارات", "13 у ракетному ударі"). */
    private static final Set<String> PHRASE_STARTS = Set.of("in", "on", "at", "by", "during", "after", "near", "from", "across", "amid",
            "في", "على", "جراء", "اثر", "بعد", "خلال", "у", "в", "на", "під", "внаслідок", "після", "через");

    private CasualtyReader() {
    }

    static List<CasualtyMention> read(List<Token> tokens, List<Quantity> quantities) {
        return read(tokens, quantities, List.of());
    }

    /** @param dates where the text states days: a toll after another day's figure is that day's, not a running total */
    static List<CasualtyMention> read(List<Token> tokens, List<Quantity> quantities, List<Span> dates) {
        String[] code = new String[tokens.size()];
        boolean[] cueStart = new boolean[tokens.size()];
        for (Lexicon.Match m : CasualtyWords.LEXICON.find(tokens)) {
            for (int k = m.from(); k < m.to(); k++) code[k] = m.code();
            cueStart[m.from()] = true;
        }
        List<CasualtyMention> out = new ArrayList<>();
        List<int[]> used = new ArrayList<>();     // token ranges already read, so bare nouns are not counted twice
        List<Integer> mentionAt = new ArrayList<>();
        for (Quantity q : quantities) {
            // "зросла до 7": after a revising verb, "до" is "to", not "up to"
            if (q.qualifier() == Quantity.Qualifier.UP_TO && q.max() != null && q.from() + 1 < q.numberTo()
                    && tokens.get(q.from()).isAny(TO) && isUpdate(tokens, code, q.from() + 1))
                q = new Quantity(q.from() + 1, q.to(), q.numberTo(), q.max(), q.max(), Quantity.Qualifier.EXACT);
            int head = head(tokens, code, q);
            String headCode = head < 0 ? null : code[head];
            if (NOT_PERSON.equals(headCode) || DURATION.equals(headCode) || SCOPE.equals(headCode)) continue;
            if (head >= 0 && isMassacres(tokens.get(head))) continue;     // "the 2 massacres": events, not people
            if (head < 0 && countsSomethingElse(tokens, code, q)) continue;
            CasualtyMention.Outcome outcome = outcomeOf(headCode);
            if (outcome == null) outcome = combinedRightAfter(tokens, code, Math.max(q.to(), head + 1));
            if (outcome == null) outcome = nearestCue(tokens, code, q.from(), Math.max(q.to(), head + 1));
            if (outcome == null) outcome = continuedList(tokens, q, out, mentionAt);
            if (outcome == null && isUpdate(tokens, code, q.from())) outcome = updatedToll(tokens, code, q.from());
            if (outcome == null) continue;
            int end = Math.max(q.to(), head + 1);
            boolean subgroup = includedBefore(tokens, code, q.from()) || isGroupAfterTotal(out, mentionAt, tokens, q, headCode);
            boolean update = isUpdate(tokens, code, q.from());
            CountRange count = CountRange.of(q.min(), q.max());
            Span span = tokens.get(q.from()).span().union(tokens.get(end - 1).span());
            out.add(new CasualtyMention(outcome, groupOf(headCode, head < 0 ? null : tokens.get(head)), count, q.qualifier(), subgroup, update, false, span));
            mentionAt.add(q.from());
            used.add(new int[]{q.from(), end});
        }
        int counted = out.size();
        out.addAll(bareNouns(tokens, code, used, mentionAt, List.copyOf(out)));
        return markCumulative(tokens, code, quantities, out, mentionAt, counted, dates);
    }

    /** The person or casualty noun that a number counts: among the next few words, or just before (Arabic duals). */
    private static int head(List<Token> tokens, String[] code, Quantity q) {
        int words = 0;
        for (int k = q.numberTo(); k < tokens.size() && words < HEAD_WORDS; k++) {
            Token t = tokens.get(k);
            if (t.sentence() != tokens.get(q.from()).sentence()) break;
            if (t.isNumber()) {
                if (k > q.numberTo() && tokens.get(k - 1).isAny(LIST_JOINERS)) continue;   // "65 та 34 років": one noun for both
                break;
            }
            if (!t.isWord()) {
                if (t.isMark(",") || t.isMark("،") || t.isMark(".")) break;
                continue;
            }
            if (t.isAny(PHRASE_STARTS)) break;     // "kills 13 in raids": the noun after a preposition is not what is counted
            words++;
            if (code[k] != null && !INCLUDE.equals(code[k]) && !UPDATE.equals(code[k]) && !CUMULATIVE.equals(code[k])) {
                // a cue verb right after the number ("kills 13") is not its noun, but "13 killed" is
                if (KILL.equals(code[k]) || INJURE.equals(code[k])) return words == 1 && !tokens.get(k).norm().endsWith("ing") ? k : -1;
                return k;
            }
        }
        if (q.from() > 0 && code[q.from() - 1] != null && tokens.get(q.from() - 1).sentence() == tokens.get(q.from()).sentence()
                && Set.of(PERSON, CHILD, WOMAN, MAN, COMBATANT, KILLED, INJURED).contains(code[q.from() - 1])) return q.from() - 1;
        return -1;
    }

    /** "шість авіабомб", "three villages": a number directly followed by a noun that is no person counts that noun. */
    private static boolean countsSomethingElse(List<Token> tokens, String[] code, Quantity q) {
        if (q.numberTo() >= tokens.size()) return false;
        Token next = tokens.get(q.numberTo());
        if (!next.isWord() || next.sentence() != tokens.get(q.from()).sentence()) return false;
        if (code[q.numberTo()] != null) return false;
        return !next.isAny(FUNCTION_WORDS) && next.norm().length() > 2;
    }

    private static CasualtyMention.Outcome outcomeOf(String c) {
        if (c == null) return null;
        return switch (c) {
            case KILLED, KILL -> CasualtyMention.Outcome.KILLED;
            case INJURED, INJURE -> CasualtyMention.Outcome.INJURED;
            case COMBINED -> CasualtyMention.Outcome.KILLED_OR_INJURED;
            default -> null;
        };
    }

    /** The cue nearest to tokens from..to in the same sentence, counted in words. */
    private static CasualtyMention.Outcome nearestCue(List<Token> tokens, String[] code, int from, int to) {
        int sentence = tokens.get(from).sentence();
        CasualtyMention.Outcome best = null;
        int bestDistance = Integer.MAX_VALUE;
        int words = 0;
        for (int k = from - 1; k >= 0 && words < CUE_LEFT; k--) {
            if (tokens.get(k).sentence() != sentence) break;
            if (tokens.get(k).isWord()) words++;
            CasualtyMention.Outcome o = outcomeOf(code[k]);
            if (o != null) {
                best = o;
                bestDistance = words;
                break;
            }
        }
        words = 0;
        for (int k = to; k < tokens.size() && words < Math.min(CUE_RIGHT, bestDistance); k++) {
            if (tokens.get(k).sentence() != sentence) break;
            if (tokens.get(k).isWord()) words++;
            CasualtyMention.Outcome o = outcomeOf(code[k]);
            if (o != null && words < bestDistance) return o;
        }
        return best;
    }

    /**
     * "five killed in Saraqib and three others in Arnabeh", "مقتل خمسة ... وثلاثة آخرين": a number joined by "and" to
     * the figure before it in the sentence is of the same kind.
     */
    private static CasualtyMention.Outcome continuedList(List<Token> tokens, Quantity q, List<CasualtyMention> out, List<Integer> at) {
        if (out.isEmpty()) return null;
        int last = at.get(at.size() - 1);
        if (tokens.get(last).sentence() != tokens.get(q.from()).sentence() || q.from() - last > 20) return null;
        Token first = tokens.get(q.from());
        boolean joined = first.norm().startsWith("و") && Normaliser.isArabicLetter(first.norm().codePointAt(0))
                || q.from() > 0 && tokens.get(q.from() - 1).isAny(LIST_JOINERS);
        return joined ? out.get(out.size() - 1).outcome() : null;
    }

    /** "more than 15 civilians between martyr and wounded", "8 killed and wounded": a combined cue right after the noun. */
    private static CasualtyMention.Outcome combinedRightAfter(List<Token> tokens, String[] code, int k) {
        for (int words = 0; k < tokens.size() && words < 2; k++) {
            if (COMBINED.equals(code[k])) return CasualtyMention.Outcome.KILLED_OR_INJURED;
            if (tokens.get(k).isWord()) words++;
        }
        return null;
    }

    private static boolean includedBefore(List<Token> tokens, String[] code, int from) {
        for (int k = from - 1, words = 0; k >= 0 && words < 3; k--) {
            if (tokens.get(k).isNumber()) return false;
            if (tokens.get(k).isWord()) words++;
            if (INCLUDE.equals(code[k])) return true;
        }
        return false;
    }

    /** Children, women, men, civilians or fighters right after a total in the same sentence are among that total. */
    private static boolean isGroupAfterTotal(List<CasualtyMention> out, List<Integer> at, List<Token> tokens, Quantity q, String headCode) {
        if ((headCode == null || !Set.of(CHILD, WOMAN, MAN, COMBATANT).contains(headCode)) && !isCivilians(headCode, tokens, q)) return false;
        for (int i = out.size() - 1; i >= 0; i--) {
            CasualtyMention m = out.get(i);
            int start = at.get(i);
            if (tokens.get(start).sentence() != tokens.get(q.from()).sentence()) return false;
            if (q.from() - start > 14) return false;
            if (!m.subgroup() && m.group() == CasualtyMention.Group.ALL) return true;
        }
        return false;
    }

    private static boolean isCivilians(String headCode, List<Token> tokens, Quantity q) {
        return PERSON.equals(headCode) && q.to() < tokens.size() && tokens.get(q.to()).norm().startsWith("civilian")
                || PERSON.equals(headCode) && q.to() < tokens.size() && tokens.get(q.to()).norm().contains("مدني");
    }

    private static boolean isMassacres(Token t) {
        return t.norm().startsWith("massacres") || t.norm().startsWith("مجازر") || t.norm().equals("مجزرتين") || t.norm().equals("مجزرتان");
    }

    /** "The death toll of the strike on the market rose to 40": what a revised number counts is named before its verb. */
    private static CasualtyMention.Outcome updatedToll(List<Token> tokens, String[] code, int from) {
        for (int k = from - 2, words = 0; k >= 0 && words < UPDATE_WORDS; k--) {
            if (tokens.get(k).sentence() != tokens.get(from).sentence()) return null;
            if (tokens.get(k).isWord()) words++;
            CasualtyMention.Outcome o = outcomeOf(code[k]);
            if (o != null) return o;
        }
        return null;
    }

    private static boolean isUpdate(List<Token> tokens, String[] code, int from) {
        if (from == 0 || !tokens.get(from - 1).isAny(TO)) return false;
        for (int k = from - 2, words = 0; k >= 0 && words < UPDATE_WORDS; k--) {
            if (tokens.get(k).sentence() != tokens.get(from).sentence()) return false;
            if (tokens.get(k).isWord()) words++;
            if (UPDATE.equals(code[k])) return true;
        }
        return false;
    }

    private static CasualtyMention.Group groupOf(String c, Token head) {
        if (c == null) return CasualtyMention.Group.ALL;
        return switch (c) {
            case CHILD -> CasualtyMention.Group.CHILDREN;
            case WOMAN -> CasualtyMention.Group.WOMEN;
            case MAN -> CasualtyMention.Group.MEN;
            case COMBATANT -> CasualtyMention.Group.COMBATANTS;
            case PERSON -> head != null && (head.norm().startsWith("civilian") || head.norm().contains("مدني") || head.norm().startsWith("цивільн"))
                    ? CasualtyMention.Group.CIVILIANS : CasualtyMention.Group.ALL;
            default -> CasualtyMention.Group.ALL;
        };
    }

    /** Singular and dual person nouns without a number next to a cue; plurals next to a killing as "at least two". */
    private static List<CasualtyMention> bareNouns(List<Token> tokens, String[] code, List<int[]> used, List<Integer> at, List<CasualtyMention> counted) {
        List<CasualtyMention> out = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            String c = code[k];
            if (c == null || !Set.of(CHILD, WOMAN, MAN, PERSON, COMBATANT, KILLED).contains(c) || inside(used, k)) continue;
            if (k > 0 && code[k - 1] != null && code[k - 1].equals(c) && !cueStartsAt(tokens, code, k)) continue;
            Token t = tokens.get(k);
            Integer n = PersonNouns.count(t);
            boolean article = k > 0 && tokens.get(k - 1).isAny(ARTICLES);
            if (n == null && article) n = 1;
            boolean plural = n == null;
            int cueDistance = plural ? 2 : BARE_CUE;
            boolean among = includedBefore(tokens, code, article ? k - 1 : k);
            CasualtyMention.Outcome o = KILLED.equals(c) ? CasualtyMention.Outcome.KILLED : nearestCueWithin(tokens, code, k, cueDistance);
            if (o == null && among) o = outcomeBefore(tokens, counted, at, k);   // "وثلاثة آخرين بينهم طفلان": among the three killed
            if (o == null) continue;
            if (plural && (o != CasualtyMention.Outcome.KILLED || KILLED.equals(c))) continue;
            CountRange count = plural ? new CountRange(2, null) : CountRange.exactly(n);
            Span span = (article ? tokens.get(k - 1).span() : t.span()).union(t.span());
            out.add(new CasualtyMention(o, groupOf(c, t), count, plural ? Quantity.Qualifier.VAGUE : Quantity.Qualifier.EXACT,
                    among, false, false, span));
            at.add(k);
        }
        return out;
    }

    /** The outcome of the last figure counted before token k in its sentence, or null. */
    private static CasualtyMention.Outcome outcomeBefore(List<Token> tokens, List<CasualtyMention> counted, List<Integer> at, int k) {
        CasualtyMention.Outcome o = null;
        for (int i = 0; i < counted.size(); i++) {
            int pos = at.get(i);
            if (pos < k && tokens.get(pos).sentence() == tokens.get(k).sentence()) o = counted.get(i).outcome();
        }
        return o;
    }

    private static boolean cueStartsAt(List<Token> tokens, String[] code, int k) {
        return k == 0 || tokens.get(k - 1).isMark(",") || tokens.get(k - 1).is("و") || tokens.get(k).norm().startsWith("و");
    }

    private static CasualtyMention.Outcome nearestCueWithin(List<Token> tokens, String[] code, int k, int maxWords) {
        int sentence = tokens.get(k).sentence();
        for (int d = 1; d <= maxWords + 2; d++) {
            for (int j : new int[]{k - d, k + d}) {
                if (j < 0 || j >= tokens.size() || tokens.get(j).sentence() != sentence) continue;
                CasualtyMention.Outcome o = outcomeOf(code[j]);
                if (o != null && wordsBetween(tokens, k, j) <= maxWords) return o;
            }
        }
        return null;
    }

    private static int wordsBetween(List<Token> tokens, int a, int b) {
        int n = 0;
        for (int i = Math.min(a, b) + 1; i <= Math.max(a, b); i++) if (tokens.get(i).isWord() || tokens.get(i).isNumber()) n++;
        return n;
    }

    private static boolean inside(List<int[]> ranges, int k) {
        for (int[] r : ranges) if (k >= r[0] && k < r[1]) return true;
        return false;
    }

    /**
     * Each "since", "منذ", "з початку" or "N days" marks the casualty figure nearest to it in its sentence as a running
     * total ("raises to 145 the number killed since the escalation began"; "60 killed in 5 days of clashes"). In a
     * sentence with a revised toll ("raises to N", "ارتفعت ... إلى", "зросла до"), a word of a period or a scope
     * ("during a week", "in less than a month", "the escalation", "the agreement period", "of both parties") marks the
     * figure nearest to it too: the toll of a period, a campaign or a whole front is no strike's figure, while "the death
     * toll of the strike on the market rose to 40" stays the strike's. A revised toll after a strike's own, smaller
     * figure in the same sentence ("5 citizens were killed ... raises the number killed by the border guards to 335")
     * is the total that strike adds to, unless the smaller figure is of more dead ("5 more died, raising the toll to
     * 40"). Where a sentence holds a running total, a plural noun without a number next to a killing ("citizens,
     * fighters and members killed in 5 days") is among it, not a strike's figure.
     */
    private static List<CasualtyMention> markCumulative(List<Token> tokens, String[] code, List<Quantity> quantities,
                                                        List<CasualtyMention> mentions, List<Integer> at, int numbered, List<Span> dates) {
        List<Integer> markers = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            if (CUMULATIVE.equals(code[k]) && (k == 0 || !CUMULATIVE.equals(code[k - 1])) && !sinceADay(tokens, k)) markers.add(k);
        }
        for (Quantity q : quantities) {
            if (q.to() < tokens.size() && DURATION.equals(code[q.to()]) && q.min() >= 2) markers.add(q.from());
        }
        java.util.Set<Integer> updateSentences = new java.util.HashSet<>();
        for (int i = 0; i < numbered; i++) if (mentions.get(i).update()) updateSentences.add(tokens.get(at.get(i)).sentence());
        List<Integer> scopeMarkers = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            if (SCOPE.equals(code[k]) && (k == 0 || !SCOPE.equals(code[k - 1])) && updateSentences.contains(tokens.get(k).sentence())) scopeMarkers.add(k);
        }
        boolean[] cumulative = new boolean[mentions.size()];
        for (int i = 0; i < numbered; i++) {
            CasualtyMention u = mentions.get(i);
            if (!u.update() || u.subgroup()) continue;
            for (int j = 0; j < mentions.size(); j++) {
                CasualtyMention own = mentions.get(j);
                if (at.get(j) >= at.get(i) || own.update() || own.subgroup() || own.outcome() != u.outcome()
                        || own.qualifier() == Quantity.Qualifier.VAGUE
                        || tokens.get(at.get(j)).sentence() != tokens.get(at.get(i)).sentence()) continue;
                if (own.count().min() < u.count().min() && !ofMoreDead(tokens, at.get(j))
                        && dates.stream().noneMatch(d -> d.start() >= own.span().end() && d.end() <= u.span().start())) cumulative[i] = true;
            }
        }
        markers.addAll(scopeMarkers);
        for (int marker : markers) {
            int best = -1, bestDistance = Integer.MAX_VALUE;
            boolean scope = scopeMarkers.contains(marker);
            int firstUpdate = Integer.MAX_VALUE;
            for (int i = 0; i < numbered; i++) {
                if (mentions.get(i).update() && tokens.get(at.get(i)).sentence() == tokens.get(marker).sentence()) firstUpdate = Math.min(firstUpdate, at.get(i));
            }
            for (int i = 0; i < numbered; i++) {     // running totals are numbers, not nouns without one
                int pos = at.get(i);
                if (tokens.get(pos).sentence() != tokens.get(marker).sentence() || pos == marker) continue;
                // a scope belongs to the revised toll and what follows it, and to a total rather than a part of it
                if (scope && (pos < firstUpdate || mentions.get(i).subgroup())) continue;
                int d = Math.abs(pos - marker);
                if (d < bestDistance || (d == bestDistance && pos < marker)) {
                    best = i;
                    bestDistance = d;
                }
            }
            if (best >= 0) cumulative[best] = true;
        }
        // the parts of a running total ("raises the death toll to 133 including 95 children") are of it too
        for (int i = 0; i < numbered; i++) {
            if (!cumulative[i] || mentions.get(i).subgroup()) continue;
            for (int j = 0; j < numbered; j++) {
                if (at.get(j) <= at.get(i) || tokens.get(at.get(j)).sentence() != tokens.get(at.get(i)).sentence()) continue;
                if (!mentions.get(j).subgroup()) break;
                cumulative[j] = true;
            }
        }
        java.util.Set<Integer> runningSentences = new java.util.HashSet<>();
        for (int i = 0; i < numbered; i++) if (cumulative[i]) runningSentences.add(tokens.get(at.get(i)).sentence());
        for (int i = numbered; i < mentions.size(); i++) {
            CasualtyMention m = mentions.get(i);
            if (m.qualifier() == Quantity.Qualifier.VAGUE && runningSentences.contains(tokens.get(at.get(i)).sentence())) cumulative[i] = true;
        }
        List<CasualtyMention> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            CasualtyMention m = mentions.get(i);
            out.add(cumulative[i] ? new CasualtyMention(m.outcome(), m.group(), m.count(), m.qualifier(), m.subgroup(), m.update(), true, m.span()) : m);
        }
        return out;
    }

    private static final Set<String> DAY_WORDS = Set.of("yesterday", "morning", "dawn", "today", "tonight", "midnight", "امس", "الامس", "اليوم", "صباح", "فجر", "ليل", "مساء",
            "вчора", "ранку", "ночі", "учора", "сьогодні");

    /**
     * "since yesterday", "since the dawn of yesterday", "منذ صباح اليوم": a continuing event of a day or two, read as one
     * strike from that day to the day of publication (as dates are), so its toll is no running total.
     */
    private static boolean sinceADay(List<Token> tokens, int k) {
        for (int j = k + 1, words = 0; j < tokens.size() && words < 4 && tokens.get(j).sentence() == tokens.get(k).sentence(); j++) {
            if (!tokens.get(j).isWord()) continue;
            words++;
            if (tokens.get(j).isAny(DAY_WORDS)) return true;
        }
        return false;
    }

    /** "5 more", "another 3", "ще двоє": a figure of dead added to an earlier toll. */
    private static boolean ofMoreDead(List<Token> tokens, int k) {
        Set<String> more = Set.of("more", "another", "other", "further", "additional", "ще", "інших", "اخرين", "آخرين", "جدد", "اخرون");
        for (int d = -1; d <= 2; d++) {
            int j = k + d;
            if (j >= 0 && j < tokens.size() && j != k && tokens.get(j).sentence() == tokens.get(k).sentence() && tokens.get(j).isAny(more)) return true;
        }
        return false;
    }
}
