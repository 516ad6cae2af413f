package org.groundtruth.extraction;

import org.groundtruth.time.IncidentDate;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads dates: ISO and numeric dates (29/11/2015, 08.05.2024), day and month with or without a year ("29 November",
 * "Nov. 29, 2015", "٢٩ تشرين الثاني", "1تشرين الأول/أكتوبر 2016", "17 серпня"), periods ("between 3 and 9 March",
 * "у ніч з 3 на 4 листопада"), nights ("у ніч на 23 вересня"), clock times beside a day ("о 22:10"), and words relative
 * to the publication time ("yesterday evening", "أمس", "вчора ввечері", "on Wednesday", "last night"). A date without
 * a year takes the year that puts it on or before the publication day; without a publication time, relative words
 * and year-less dates stay unread rather than guessed.
 */
final class DateReader {
    private static final Set<String> NIGHT_WORDS = Set.of("ніч", "night", "ليله", "ليلة");
    private static final Set<String> BETWEEN = Set.of("between", "from", "بين", "من", "з", "із", "від");
    private static final Set<String> AND = Set.of("and", "to", "و", "الى", "حتى", "на", "по", "до", "-", "–");
    private static final Set<String> YEAR_WORDS = Set.of("року", "р", "рік", "م", "г", "год", "года");
    private static final Set<String> CURRENT_MONTH = Set.of("الجاري", "الحالي");

    private final List<Token> tokens;
    private final LocalDate published;
    private final ZoneOffset offset;
    private final boolean[] occupied;
    private final List<Found> found = new ArrayList<>();

    /** A date read, with the tokens it spans. */
    record Found(DateMention mention, int from, int to) {
    }

    private DateReader(List<Token> tokens, OffsetDateTime publishedAt) {
        this.tokens = tokens;
        this.published = publishedAt == null ? null : publishedAt.toLocalDate();
        this.offset = publishedAt == null ? null : publishedAt.getOffset();
        this.occupied = new boolean[tokens.size()];
    }

    /** Dates in text order; {@code occupied} marks their tokens so that their numbers are not read as counts. */
    static List<Found> read(List<Token> tokens, OffsetDateTime publishedAt, boolean[] occupied) {
        DateReader r = new DateReader(tokens, publishedAt);
        for (int i = 0; i < tokens.size(); i++) {
            if (r.occupied[i]) continue;
            r.absoluteAt(i);
        }
        r.relative();
        r.weekdays();
        r.attachTimes();
        r.since();
        r.found.sort((a, b) -> Integer.compare(a.from(), b.from()));
        System.arraycopy(r.occupied, 0, occupied, 0, occupied.length);
        return r.found;
    }

    // ------------------------------------------------------------------------------------------------ absolute

    private void absoluteAt(int i) {
        if (numeric(i)) return;
        if (nightOf(i)) return;
        if (period(i)) return;
        if (dayMonth(i, true)) return;
        if (monthDay(i)) return;
        monthYear(i);
    }

    /** 2015-11-29, 29/11/2015, 29.11.2015, 29-11-2015. */
    private boolean numeric(int i) {
        if (i + 4 >= tokens.size()) return false;
        Token a = tokens.get(i), s1 = tokens.get(i + 1), b = tokens.get(i + 2), s2 = tokens.get(i + 3), c = tokens.get(i + 4);
        if (!a.isNumber() || !b.isNumber() || !c.isNumber() || !a.joinedToNext() || !s1.joinedToNext() || !b.joinedToNext() || !s2.joinedToNext()) return false;
        if (!s1.raw().equals(s2.raw()) || !Set.of("-", "/", ".").contains(s1.raw())) return false;
        long x = a.value(), y = b.value(), z = c.value();
        LocalDate d;
        try {
            if (a.norm().length() == 4) d = LocalDate.of((int) x, (int) y, (int) z);
            else if (c.norm().length() == 4) d = y > 12 ? LocalDate.of((int) z, (int) x, (int) y) : LocalDate.of((int) z, (int) y, (int) x);
            else return false;
        } catch (DateTimeException e) {
            return false;
        }
        add(IncidentDate.onDay(d), null, DateMention.Basis.STATED, i, i + 5);
        return true;
    }

    /** "у ніч на 23 вересня", "в ніч проти 18 листопада", "у ніч з 3 на 4 листопада", "on the night of 28 November". */
    private boolean nightOf(int i) {
        if (!tokens.get(i).isAny(NIGHT_WORDS)) return false;
        int k = i + 1;
        if (k < tokens.size() && tokens.get(k).isAny(Set.of("of", "на", "проти", "з", "із"))) k++;
        int firstDay = -1;
        if (k < tokens.size() && tokens.get(k).isNumber() && tokens.get(i + 1).isAny(Set.of("з", "із")) && k + 2 < tokens.size()
                && tokens.get(k + 1).isAny(Set.of("на", "по"))) {
            firstDay = (int) tokens.get(k).value();
            k += 2;
        }
        DayMonth dm = dayMonthAt(k);
        if (dm == null) return false;
        boolean nightOf = tokens.get(i + 1).is("of");
        LocalDate last = nightOf ? dm.date.plusDays(1) : dm.date;
        LocalDate first = firstDay > 0 ? safe(last.getYear(), last.getMonthValue(), firstDay) : last.minusDays(1);
        if (first == null || first.isAfter(last)) first = last.minusDays(1);
        add(IncidentDate.between(first, last), DateMention.PartOfDay.NIGHT, DateMention.Basis.STATED, i, dm.to);
        return true;
    }

    /** "between 3 and 9 March", "from 3 to 9 March 2016", "3-9 March", "بين 3 و9 آذار", "з 3 по 9 березня". */
    private boolean period(int i) {
        int k = i;
        if (tokens.get(k).isAny(BETWEEN)) k++;
        if (k + 2 >= tokens.size() || !tokens.get(k).isNumber()) return false;
        long first = tokens.get(k).value();
        int j = k + 1;
        Token sep = tokens.get(j);
        boolean joinedAnd = sep.isWord() && sep.norm().startsWith("و") && sep.norm().length() == 1;
        if (!(sep.isAny(AND) || sep.isMark("-") || sep.isMark("–") || joinedAnd)) return false;
        if (k == i && !(sep.isMark("-") || sep.isMark("–"))) return false; // bare "3 to 9" needs "between"/"from" or a dash
        DayMonth dm = dayMonthAt(j + 1);
        if (dm == null || first < 1 || first >= dm.date.getDayOfMonth()) return false;
        LocalDate start = safe(dm.date.getYear(), dm.date.getMonthValue(), (int) first);
        if (start == null) return false;
        add(IncidentDate.between(start, dm.date), null, DateMention.Basis.STATED, i, dm.to);
        return true;
    }

    private boolean dayMonth(int i, boolean record) {
        DayMonth dm = dayMonthAt(i);
        if (dm == null) return false;
        if (record) add(IncidentDate.onDay(dm.date), null, DateMention.Basis.STATED, i, dm.to);
        return true;
    }

    private record DayMonth(LocalDate date, int to) {
    }

    /** Day then month, optional year: "29 November 2015", "٢٩ تشرين الثاني", "1تشرين الأول/أكتوبر 2016", "16 الشهر الجاري". */
    private DayMonth dayMonthAt(int i) {
        if (i >= tokens.size() || !tokens.get(i).isNumber()) return null;
        long day = tokens.get(i).value();
        if (day < 1 || day > 31) return null;
        int k = i + 1;
        if (k < tokens.size() && tokens.get(k).isWord() && Set.of("th", "st", "nd", "rd", "of").contains(tokens.get(k).norm())) k++;
        if (k < tokens.size() && tokens.get(k).is("of")) k++;
        if (published != null && k + 1 < tokens.size() && tokens.get(k).is("الشهر") && tokens.get(k + 1).isAny(CURRENT_MONTH)) {
            LocalDate d = safe(published.getYear(), published.getMonthValue(), (int) day);
            return d == null ? null : new DayMonth(d, k + 2);
        }
        int[] month = monthAt(k);
        if (month == null) return null;
        return withYear((int) day, month[0], month[1]);
    }

    /** "November 29", "Nov. 29, 2015", "April 1st 2017". */
    private boolean monthDay(int i) {
        int[] month = monthAt(i);
        if (month == null || !tokens.get(i).capitalised()) return false;
        int k = month[1];
        if (k >= tokens.size() || !tokens.get(k).isNumber()) return false;
        long day = tokens.get(k).value();
        if (day < 1 || day > 31 || tokens.get(k).norm().length() > 2) return false;
        k++;
        if (k < tokens.size() && tokens.get(k).isWord() && Set.of("th", "st", "nd", "rd").contains(tokens.get(k).norm()) && tokens.get(k - 1).joinedToNext()) k++;
        DayMonth dm = withYear((int) day, month[0], k);
        if (dm == null) return false;
        add(IncidentDate.onDay(dm.date), null, DateMention.Basis.STATED, i, dm.to);
        return true;
    }

    /** "November 2015", "تشرين الثاني 2015", "листопад 2015": the whole month. */
    private void monthYear(int i) {
        int[] month = monthAt(i);
        if (month == null) return;
        int k = month[1];
        if (k < tokens.size() && tokens.get(k).isMark(",")) k++;
        if (k >= tokens.size() || !tokens.get(k).isNumber() || tokens.get(k).norm().length() != 4) return;
        int year = (int) tokens.get(k).value();
        if (year < 1990 || year > 2100) return;
        add(IncidentDate.inMonth(year, month[0]), null, DateMention.Basis.STATED, i, k + 1);
    }

    /** The month named at token k: [month, token after it], with "/أكتوبر" or "(نوفمبر - نونبر)" alternatives consumed. */
    private int[] monthAt(int k) {
        if (k >= tokens.size() || !tokens.get(k).isWord()) return null;
        Token t = tokens.get(k);
        Integer m = null;
        int to = k + 1;
        if (k + 1 < tokens.size()) m = DateWords.MONTH_PAIRS.get(t.norm() + " " + tokens.get(k + 1).norm());
        if (m != null) {
            to = k + 2;
        } else {
            for (String f : t.forms()) {
                m = DateWords.MONTHS.get(f);
                if (m != null) break;
            }
            if (m == null) return null;
            if (t.norm().equals("may") && !t.capitalised()) return null;  // "may" the verb
            if (to < tokens.size() && tokens.get(to).isMark(".") && t.norm().length() <= 4) to++;
        }
        if (to + 1 < tokens.size() && tokens.get(to).isMark("/") && tokens.get(to + 1).isWord() && DateWords.MONTHS.containsKey(tokens.get(to + 1).norm())) to += 2;
        if (to < tokens.size() && tokens.get(to).isMark("(")) {
            int close = to + 1;
            while (close < tokens.size() && close < to + 6 && !tokens.get(close).isMark(")")) close++;
            if (close < tokens.size() && tokens.get(close).isMark(")")) to = close + 1;
        }
        return new int[]{m, to};
    }

    /** Completes day and month with a year: written ("2015", "، 2016", "2024 року") or the publication's. */
    private DayMonth withYear(int day, int month, int k) {
        if (k < tokens.size() && tokens.get(k).isMark(",") || k < tokens.size() && tokens.get(k).isMark("،")) {
            if (k + 1 < tokens.size() && tokens.get(k + 1).isNumber() && tokens.get(k + 1).norm().length() == 4) k++;
        }
        if (k < tokens.size() && tokens.get(k).isNumber() && tokens.get(k).norm().length() == 4) {
            int year = (int) tokens.get(k).value();
            k++;
            if (k < tokens.size() && tokens.get(k).isAny(YEAR_WORDS)) k++;
            if (k < tokens.size() && tokens.get(k).isMark(".") && tokens.get(k - 1).norm().equals("р")) k++;
            LocalDate d = safe(year, month, day);
            return d == null ? null : new DayMonth(d, k);
        }
        if (published == null) return null;
        LocalDate d = safe(published.getYear(), month, day);
        if (d == null) return null;
        if (d.isAfter(published.plusDays(1))) d = safe(published.getYear() - 1, month, day);
        return d == null ? null : new DayMonth(d, k);
    }

    private static LocalDate safe(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------------------------------------ relative

    private void relative() {
        if (published == null) return;
        for (Lexicon.Match m : DateWords.RELATIVE.find(tokens)) {
            if (isOccupied(m.from(), m.to())) continue;
            String[] code = m.code().split(":", -1);
            DateMention.PartOfDay part = code[1].isEmpty() ? null : DateMention.PartOfDay.valueOf(code[1]);
            IncidentDate date = switch (code[0]) {
                case "night" -> IncidentDate.between(published.minusDays(1), published);
                case "day" -> IncidentDate.between(published.minusDays(1), published);
                case "week" -> IncidentDate.between(published.minusDays(7), published);
                default -> IncidentDate.onDay(published.plusDays(Integer.parseInt(code[0])));
            };
            add(date, part, DateMention.Basis.RELATIVE_TO_PUBLICATION, m.from(), m.to());
        }
    }

    /** "on Wednesday", "يوم الأربعاء", "у середу": the last such day on or before publication; beside "today" it wins. */
    private void weekdays() {
        if (published == null) return;
        for (int i = 0; i < tokens.size(); i++) {
            if (occupied[i]) continue;
            DayOfWeek d = weekday(tokens.get(i));
            if (d == null || (Normaliser.isArabicLetter(tokens.get(i).norm().codePointAt(0)) && !tokens.get(i).norm().contains("ال")
                    && (i == 0 || !tokens.get(i - 1).is("يوم")))) continue;
            if (!Normaliser.isArabicLetter(tokens.get(i).norm().codePointAt(0)) && !Normaliser.isCyrillic(tokens.get(i).norm().codePointAt(0))
                    && !tokens.get(i).capitalised()) continue;
            LocalDate day = published;
            while (day.getDayOfWeek() != d) day = day.minusDays(1);
            int from = i, to = i + 1;
            // "اليوم الأربعاء", "أمس السبت": the weekday replaces the relative word beside it
            Found before = i > 0 ? foundEndingAt(i) : null;
            if (before != null && before.mention().basis() == DateMention.Basis.RELATIVE_TO_PUBLICATION) {
                found.remove(before);
                from = before.from();
                if (before.mention().date().firstDay().equals(published.minusDays(1)) && day.equals(published)) day = day.minusDays(7);
            }
            add(IncidentDate.onDay(day), before == null ? null : before.mention().partOfDay(), DateMention.Basis.RELATIVE_TO_PUBLICATION, from, to);
        }
    }

    private Found foundEndingAt(int i) {
        for (Found f : found) {
            if (f.to() == i || (f.to() == i - 1 && tokens.get(i - 1).is("يوم"))) return f;
        }
        return null;
    }

    private static DayOfWeek weekday(Token t) {
        for (String f : t.forms()) {
            DayOfWeek d = DateWords.WEEKDAYS.get(f);
            if (d != null) return d;
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------ times

    /** "о 22:10", "at 10:30", "близько 4:30 ранку" beside a day in the same sentence: that day at that time. */
    private void attachTimes() {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token h = tokens.get(i), colon = tokens.get(i + 1), mm = tokens.get(i + 2);
            if (!h.isNumber() || !colon.isMark(":") || !mm.isNumber() || !h.joinedToNext() || !colon.joinedToNext()) continue;
            long hour = h.value(), minute = mm.value();
            if (hour > 23 || minute > 59 || mm.norm().length() != 2) continue;
            occupied[i] = occupied[i + 1] = occupied[i + 2] = true;
            Found day = sameSentenceDay(h.sentence());
            if (day == null) continue;
            LocalDate d = day.mention().date().firstDay();
            IncidentDate at = IncidentDate.at(d, LocalTime.of((int) hour, (int) minute), offset);
            found.remove(day);
            found.add(new Found(new DateMention(at, day.mention().partOfDay(), day.mention().basis(),
                    day.mention().span().union(h.span().union(mm.span()))), Math.min(day.from(), i), Math.max(day.to(), i + 3)));
        }
    }

    private static final java.util.Set<String> SINCE = PlaceWords.norm("since", "منذ");

    /**
     * "Intensive strikes since yesterday", "three massacres since the dawn of yesterday", "منذ أمس": what began on a day
     * before publication and goes on is from that day to the day of publication, not that day alone.
     */
    private void since() {
        if (published == null) return;
        for (int n = 0; n < found.size(); n++) {
            Found f = found.get(n);
            int k = f.from() - 1, words = 0;
            while (k >= 0 && words < 3 && tokens.get(k).isWord() && !tokens.get(k).isAny(SINCE)) {
                words++;
                k--;
            }
            if (k < 0 || !tokens.get(k).isAny(SINCE) || tokens.get(k).sentence() != tokens.get(f.from()).sentence()) continue;
            IncidentDate d = f.mention().date();
            if (!d.lastDay().isBefore(published) || d.firstDay().isBefore(published.minusDays(7))) continue;
            occupied[k] = true;
            found.set(n, new Found(new DateMention(IncidentDate.between(d.firstDay(), published), f.mention().partOfDay(), f.mention().basis(),
                    tokens.get(k).span().union(f.mention().span())), k, f.to()));
        }
    }

    private Found sameSentenceDay(int sentence) {
        for (Found f : found) {
            if (tokens.get(f.from()).sentence() == sentence && f.mention().date().firstDay().equals(f.mention().date().lastDay())) return f;
        }
        return null;
    }

    private boolean isOccupied(int from, int to) {
        for (int k = from; k < to; k++) if (occupied[k]) return true;
        return false;
    }

    private void add(IncidentDate date, DateMention.PartOfDay part, DateMention.Basis basis, int from, int to) {
        Span span = tokens.get(from).span().union(tokens.get(to - 1).span());
        found.add(new Found(new DateMention(date, part, basis, span), from, to));
        for (int k = from; k < to; k++) occupied[k] = true;
    }
}
