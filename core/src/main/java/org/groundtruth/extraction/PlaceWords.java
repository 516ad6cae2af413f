package org.groundtruth.extraction;

import java.util.Set;

/** Words around place names: what introduces a place, what makes it an area or a reference point, what is no place. */
final class PlaceWords {
    private PlaceWords() {
    }

    /** Words after which a name is probably a place. */
    static final Set<String> CUES = norm("in", "at", "on", "near", "of", "into", "outside", "around", "towards", "toward", "targeting",
            "targeted", "targets", "target", "hit", "hits", "struck", "shell", "shelled", "bomb", "bombs", "bombed", "bombarded", "pound", "pounds",
            "pounded", "raided", "town", "city", "village", "neighbourhood",
            "neighborhood", "district", "camp", "area", "outskirts", "suburbs", "vicinity",
            "في", "على", "مدينة", "بلدة", "قرية", "حي", "مخيم", "منطقة", "ناحية", "ريف", "محافظة", "أطراف", "اطراف", "محيط", "قرب", "بلدتي", "مدينتي",
            "قريتي", "بين", "مدن", "بلدات", "قرى", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط",
            "у", "в", "на", "по", "біля", "під", "поблизу", "до", "с", "сел", "смт", "м", "місто", "місті", "міста", "містом", "село", "селі",
            "села", "селище", "селищі", "громада", "громаду", "громади", "громаді", "околиці", "околицях", "над", "за");
    /** After a name: the name is an area ("Idlib countryside", "Hama province", "Харківська область"). */
    static final Set<String> AREA_AFTER = norm("countryside", "province", "governorate", "region", "oblast", "area", "desert", "countrysid",
            "countryside's", "suburbs", "область", "області", "областю", "район", "району", "районі", "районах", "громади", "громаді", "громаду");
    /** Before a name: the name is an area ("countryside of Idlib", "ريف إدلب", "محافظة حماة"). */
    static final Set<String> AREA_BEFORE = norm("countryside", "province", "governorate", "ريف", "بريف", "وريف", "محافظة", "بمحافظة", "ومحافظة", "ناحية", "منطقة");
    /** Before a name: the name is a reference point ("south of Idlib", "جنوب الرقة", "на північ від Харкова"). */
    static final Set<String> DIRECTIONS = norm("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
            "northern", "southern", "eastern", "western", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "شمال غرب", "شمال شرق",
            "جنوب غرب", "جنوب شرق", "від", "північ", "південь", "схід", "захід", "північніше", "південніше", "східніше", "західніше");
    /** Connecting words inside Latin-script Arabic names ("Jisr al-Shughur", "Deir ez-Zor", "Abu Kamal"). */
    static final Set<String> CONNECTORS = norm("al", "el", "ad", "ar", "as", "ash", "an", "at", "az", "ez", "es", "ed", "er", "bin", "ibn",
            "abu", "umm", "um", "bani", "beit", "bait", "de", "la", "del");
    /** Capitalised words that are not places, whatever a gazetteer has under that spelling. */
    static final Set<String> NOT_PLACES = norm("the", "a", "an", "in", "on", "at", "after", "before", "during", "with", "and", "of", "for", "from",
            "as", "by", "this", "that", "it", "its", "he", "she", "they", "we", "more", "new", "about", "over", "more", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "ten", "one", "several", "dozens", "tens", "hundreds", "some", "many", "warplanes",
            "airstrikes", "shells", "shelling", "clashes", "violent", "renewed", "continued", "human", "casualties", "civilians", "members",
            "regime", "forces", "syria", "syrian", "russia", "russian", "russians", "turkey", "turkish", "iran", "iranian", "iraq", "iraqi",
            "israel", "israeli", "american", "us", "u", "s", "un", "islamic", "state", "isis", "is", "isil", "sdf", "ypg", "hts", "fsa", "coalition",
            "international", "civil", "defence", "defense", "white", "helmets", "observatory", "sohr", "amnesty", "breaking", "news", "local",
            "government", "army", "military", "ministry", "moscow", "kremlin", "ukraine", "ukrainian", "kurdish", "kurds", "arab", "arabs",
            "jaysh", "hayyaat", "tahrir", "sham", "nusra", "daesh", "monitor", "reuters", "afp", "bbc", "tv", "euphrates", "shield", "peace",
            "spring", "olive", "branch", "operation", "storm", "jazeera", "front", "national", "liberation", "factions", "rebels", "rebel",
            "про", "за", "у", "в", "на", "як", "це", "також", "крім", "внаслідок", "росія", "росії", "україна", "україни", "зсу", "ова", "дснс",
            "мва", "кмва", "ода", "рф", "президент", "ворог", "окупанти", "росіяни", "деталі", "джерело", "нагадаємо", "раніше", "згодом",
            "попередньо", "наразі", "сьогодні", "вчора", "одна", "один", "двоє", "троє", "загинула", "загинув", "загинули", "постраждали",
            "ще", "серед", "за", "його", "її", "їх", "він", "вона", "вони", "після", "через", "під", "по", "біля", "із", "з", "до", "від",
            "telegram", "телеграм", "facebook", "твіттер", "twitter", "youtube", "unn", "унн");

    /** Common Arabic words that gazetteers list as names of quarters or villages ("المدينة", "محافظة", "الأقل"). */
    static final Set<String> ARABIC_NOT_PLACES = norm("مدينة", "المدينة", "محافظة", "المحافظة", "بلدة", "البلدة", "قرية", "القرية", "قرى",
            "القرى", "حي", "الحي", "أحياء", "الأحياء", "منطقة", "المنطقة", "مناطق", "المناطق", "ريف", "الريف", "مخيم", "المخيم", "شمال", "الشمال",
            "جنوب", "الجنوب", "شرق", "الشرق", "غرب", "الغرب", "وسط", "الوسط", "الأقل", "الاقل", "غارة", "غارات", "الغارة", "الغارات", "قصف", "القصف",
            "طائرات", "الطائرات", "الطيران", "مدنيين", "المدنيين", "الأطفال", "أطفال", "النظام", "قوات", "الجيش", "المعارضة", "الفصائل", "سوريا",
            "سورية", "العاصمة", "الحدود", "أطراف", "محيط", "داخل", "خارج", "قرب", "جراء", "بعد", "قبل", "اليوم", "أمس", "الليلة", "صباح", "مساء",
            "سوق", "السوق", "مسجد", "المسجد", "مشفى", "المشفى", "مستشفى", "المستشفى", "مدرسة",
            "المدرسة", "عدة", "العديد", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "مقتل", "شهيد", "شهداء", "جرحى", "عدد", "العديد",
            "الدفاع", "المدني", "المرصد", "السوري", "الروسي", "الروسية", "التحالف", "الدولي", "ناشطون", "مصادر", "محلية", "ميدانية", "مجزرة",
            "الأهالي", "المواطنين", "منازل", "المنازل", "الأبنية", "السكنية", "الصواريخ", "البراميل", "المتفجرة", "حصيلة", "أولية", "الجرحى");

    /** Arabic words that begin many place names but are none alone ("كفر نبل", "جسر الشغور", "تل السمن"). */
    static final Set<String> ARABIC_NAME_PREFIXES = norm("كفر", "تل", "دير", "عين", "خان", "جسر", "معرة", "معرة", "بيت", "أبو", "ابو", "أم", "ام",
            "رأس", "راس", "بني", "حي", "سهل", "جبل", "وادي", "مزرعة", "قصر", "تلة");

    static Set<String> norm(String... words) {
        java.util.HashSet<String> s = new java.util.HashSet<>();
        for (String w : words) s.add(Normaliser.normalise(w));
        return Set.copyOf(s);
    }
}
