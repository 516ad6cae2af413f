package org.groundtruth.extraction;

import java.util.HashMap;
import java.util.Map;

/** How many people a noun without a number stands for: a singular is one, a dual two ("طفلين", "подружжя"). */
final class PersonNouns {
    private PersonNouns() {
    }

    private static final Map<String, Integer> COUNT = new HashMap<>();

    private static void put(int n, String... words) {
        for (String w : words) COUNT.put(Normaliser.normalise(w), n);
    }

    static {
        put(1, "child", "kid", "boy", "girl", "infant", "baby", "toddler", "teenager", "woman", "mother", "wife", "man", "person", "civilian",
                "citizen", "resident", "fighter", "militant", "member", "soldier", "officer", "commander", "doctor", "pilot", "worker", "someone",
                "gunman", "body", "martyr", "victim", "brigadier", "colonel", "envoy", "journalist",
                "طفل", "طفلة", "سيدة", "امرأة", "رجل", "شاب", "شابة", "مدني", "مدنيا", "فتاة", "مواطن", "مواطنا", "شخص", "شخصا", "عنصر", "جندي",
                "مقاتل", "قتيل", "شهيد", "جريح", "رضيع",
                "дитина", "дитину", "дитини", "жінка", "жінку", "жінки", "чоловік", "чоловіка", "людина", "людину", "хлопчик", "хлопчика",
                "дівчинка", "дівчинку", "дівчина", "підліток", "пенсіонер", "пенсіонерка", "мешканець", "мешканка", "жителька", "мати", "матір",
                "військовий", "цивільний", "цивільна", "немовля");
        put(2, "طفلين", "طفلان", "طفلتين", "طفلتان", "سيدتان", "سيدتين", "امرأتين", "امرأتان", "رجلين", "رجلان", "شابين", "شهيدين", "قتيلين",
                "جريحين", "مدنيان", "شخصين", "شخصان", "عنصرين", "مقاتلين اثنين", "подружжя", "couple");
    }

    /** 1 for a singular, 2 for a dual, null for a plural or an unknown word. */
    static Integer count(Token t) {
        Integer own = COUNT.get(t.norm());
        if (own != null || !Normaliser.isArabicLetter(t.norm().codePointAt(0))) return own;
        for (String f : t.forms()) {   // Arabic clitics: "وطفلة" is one child; English plurals are not singulars
            Integer n = COUNT.get(f);
            if (n != null) return n;
        }
        return null;
    }
}
