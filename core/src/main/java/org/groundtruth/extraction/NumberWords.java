package org.groundtruth.extraction;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Number words of English, Arabic and Ukrainian in normalised form, and the words that bound a number. */
final class NumberWords {
    private NumberWords() {
    }

    /** Single words with a value: units, teens, tens, hundreds. */
    static final Map<String, Integer> VALUES = new HashMap<>();
    /** Words for an unstated number, as the least they mean: "dozens" is at least 24. */
    static final Map<String, Integer> VAGUE = new HashMap<>();
    /** Arabic "ten" in teens: ثلاثة عشر = 13. */
    static final Set<String> ARABIC_TEEN_TEN = Set.of("عشر", "عشره");

    private static void put(int value, String... words) {
        for (String w : words) VALUES.put(Normaliser.normalise(w), value);
    }

    static {
        put(1, "one", "واحد", "واحدة", "أحد", "один", "одна", "одне", "одного", "одну", "одній", "одним", "однієї");
        put(2, "two", "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "два", "дві", "двох", "двоє", "двома", "двом");
        put(3, "three", "ثلاث", "ثلاثة", "три", "трьох", "троє", "трьома");
        put(4, "four", "أربع", "أربعة", "чотири", "чотирьох", "четверо", "чотирма");
        put(5, "five", "خمس", "خمسة", "п'ять", "п'ятьох", "п'ятеро", "п'ятьма", "п'яти");
        put(6, "six", "ست", "ستة", "шість", "шістьох", "шестеро", "шістьма", "шести");
        put(7, "seven", "سبع", "سبعة", "сім", "сімох", "семи", "семеро", "сімома");
        put(8, "eight", "ثمان", "ثماني", "ثمانية", "вісім", "восьми", "восьмеро", "вісьмох");
        put(9, "nine", "تسع", "تسعة", "дев'ять", "дев'ятьох", "дев'ятеро", "дев'яти");
        put(10, "ten", "عشر", "عشرة", "десять", "десятьох", "десятеро", "десяти");
        put(11, "eleven", "одинадцять", "одинадцяти");
        put(12, "twelve", "dozen", "дванадцять", "дванадцяти");
        put(13, "thirteen", "тринадцять", "тринадцяти");
        put(14, "fourteen", "чотирнадцять", "чотирнадцяти");
        put(15, "fifteen", "п'ятнадцять", "п'ятнадцяти");
        put(16, "sixteen", "шістнадцять", "шістнадцяти");
        put(17, "seventeen", "сімнадцять", "сімнадцяти");
        put(18, "eighteen", "вісімнадцять", "вісімнадцяти");
        put(19, "nineteen", "дев'ятнадцять", "дев'ятнадцяти");
        put(20, "twenty", "عشرون", "عشرين", "двадцять", "двадцяти");
        put(30, "thirty", "ثلاثون", "ثلاثين", "тридцять", "тридцяти");
        put(40, "forty", "أربعون", "أربعين", "сорок", "сорока");
        put(50, "fifty", "خمسون", "خمسين", "п'ятдесят", "п'ятдесяти", "півсотні", "півсотня");
        put(60, "sixty", "ستون", "ستين", "шістдесят", "шістдесяти");
        put(70, "seventy", "سبعون", "سبعين", "сімдесят", "сімдесяти");
        put(80, "eighty", "ثمانون", "ثمانين", "вісімдесят", "вісімдесяти");
        put(90, "ninety", "تسعون", "تسعين", "дев'яносто");
        put(100, "hundred", "مئة", "مائة", "сто", "ста");
        put(200, "مئتان", "مئتين", "مائتين", "مائتان", "двісті", "двохсот");
        put(300, "триста");
        put(1000, "thousand", "ألف", "тисяча", "тисячі");
        vague(24, "dozens");
        vague(20, "tens", "عشرات", "десятки", "десятків");
        vague(40, "scores");
        vague(200, "hundreds", "مئات", "сотні", "сотень");
        vague(2000, "thousands", "آلاف", "тисячі");
        vague(3, "several", "العديد", "عدة", "кілька", "декілька", "кількох", "декількох");
        vague(2, "few", "numerous", "many", "بضعة", "بضع", "чимало", "багато");
    }

    private static void vague(int least, String... words) {
        for (String w : words) VAGUE.put(Normaliser.normalise(w), least);
    }

    /** Phrases before a number that bound it. */
    static final Lexicon QUALIFIERS = new Lexicon()
            .add("AT_LEAST", "at least|no fewer than|not less than|no less than|a minimum of|ما لا يقل عن|مالا يقل عن|لا يقل عن"
                    + "|щонайменше|принаймні|не менше ніж|не менш ніж|не менше|не менш як|як мінімум")
            .add("MORE_THAN", "more than|over|above|upwards of|in excess of|أكثر من|ازيد من|أزيد من|ما يزيد عن|ما يزيد على|يزيد عن|اكثر من|понад|більше ніж|більш ніж|більше як|більше")
            .add("ABOUT", "about|around|nearly|almost|approximately|roughly|some|close to|as many as|an estimated|نحو|حوالي|قرابة|ما يقارب|زهاء|قرابه|يقارب"
                    + "|майже|близько|приблизно|орієнтовно|з-понад")
            .add("UP_TO", "up to|as many as up to|حتى|до");
    /** Phrases after a number that bound it: "21 people at least", "١٢ على الأقل". */
    static final Lexicon POSTFIX = new Lexicon().add("AT_LEAST", "at least|or more|على الأقل|على الاقل|عالأقل|at the least");
}
