package org.groundtruth.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A monitor's toll of a day: "98 persons were killed yesterday, including 30 members of the regime forces and
 * militiamen loyal to them, and 11 citizens". It counts the dead of a whole country and of every cause over a day, so it
 * is no strike's figure (decision 1025). A sentence is such a tally when it names a day ("yesterday", "today", "امس",
 * "вчора", "за добу"), names no place, and counts the dead across sides (fighters among them: "including 30 members
 * of the regime forces", "بينهم 7 عناصر") or causes ("in different circumstances", "in several provinces"); and it names
 * no act of harm (an attack, shelling, a munition), unless it says the causes were many. Its figures are marked
 * cumulative: kept among the text's casualty mentions, not proposed as a candidate's killed.
 */
final class DayTally {
    private DayTally() {
    }

    private static final String DAY = "day", MIXED = "mixed";
    private static final Lexicon WORDS = new Lexicon()
            .add(DAY, "yesterday|today|past 24 hours|last 24 hours|امس|الامس|اليوم|خلال 24 ساعه|خلال ال 24 ساعه"
                    + "|вчора|сьогодні|за добу|за минулу добу|протягом доби|минулої доби|упродовж доби")
            .add(MIXED, "different circumstances|other circumstances|various circumstances|several provinces|several areas|several governorates"
                    + "|across syria|across the country|ظروف مختلفه|ظروف متفرقه|مناطق متفرقه|محافظات عده|عده محافظات"
                    + "|різних обставин|різних обставинах|по всій країні");

    static List<CasualtyMention> mark(List<Token> tokens, List<CasualtyMention> casualties, List<PlaceMention> places, List<TermMention> terms) {
        if (tokens.isEmpty() || casualties.isEmpty()) return casualties;
        int sentences = tokens.get(tokens.size() - 1).sentence() + 1;
        boolean[] day = new boolean[sentences], mixed = new boolean[sentences], placed = new boolean[sentences], acts = new boolean[sentences],
                sides = new boolean[sentences];
        for (Lexicon.Match m : WORDS.find(tokens)) {
            int s = tokens.get(m.from()).sentence();
            if (m.code().equals(DAY)) day[s] = true;
            else mixed[s] = true;
        }
        for (PlaceMention p : places) placed[Token.sentenceAt(tokens, p.span().start())] = true;
        for (TermMention t : terms) {
            if (t.kind() == TermKind.MUNITION || t.kind() == TermKind.AIRCRAFT || t.kind() == TermKind.OBJECT
                    || t.kind() == TermKind.EVENT && !t.code().equals("take_off") && !t.code().equals("overflight")) acts[Token.sentenceAt(tokens, t.span().start())] = true;
        }
        for (CasualtyMention c : casualties) {
            if (c.subgroup() && c.group() == CasualtyMention.Group.COMBATANTS && c.outcome() == CasualtyMention.Outcome.KILLED)
                sides[Token.sentenceAt(tokens, c.span().start())] = true;
        }
        includedParties(tokens, terms, sides);
        Set<Integer> tally = new HashSet<>();
        for (int s = 0; s < sentences; s++) {
            if (day[s] && !placed[s] && (sides[s] || mixed[s]) && (!acts[s] || mixed[s])) tally.add(s);
        }
        if (tally.isEmpty()) return casualties;
        List<CasualtyMention> out = new ArrayList<>();
        for (CasualtyMention m : casualties) {
            out.add(tally.contains(Token.sentenceAt(tokens, m.span().start())) && !m.cumulative()
                    ? new CasualtyMention(m.outcome(), m.group(), m.count(), m.qualifier(), m.subgroup(), m.update(), true, m.span()) : m);
        }
        return out;
    }

    /** "including 7 regime forces": a party named right after "including" and a number is a side among the dead. */
    private static void includedParties(List<Token> tokens, List<TermMention> terms, boolean[] sides) {
        for (Lexicon.Match m : CasualtyWords.LEXICON.find(tokens)) {
            if (!m.code().equals(CasualtyWords.INCLUDE)) continue;
            int k = m.to();
            if (k >= tokens.size() || !tokens.get(k).isNumber()) continue;
            int after = tokens.get(k).span().end();
            for (TermMention t : terms) {
                if (t.kind() == TermKind.PARTY && t.span().start() >= after && t.span().start() - after <= 12) sides[tokens.get(k).sentence()] = true;
            }
        }
    }

}
