package org.groundtruth.extraction;

import org.groundtruth.attribution.Party;

import java.util.Map;
import java.util.Optional;

/**
 * Parties to the conflict as texts name them. Codes: russian_military, syrian_government, us_led_coalition,
 * turkish_military, israeli_military, ukrainian_military, other; a phrase may name two ("الطيران الروسي والسوري").
 * Names of monitors and rescuers that contain a country ("المرصد السوري", "Syrian Civil Defence") are read as no party.
 */
final class PartyWords {
    private PartyWords() {
    }

    static final String NONE = "-";

    static final Lexicon LEXICON = new Lexicon()
            .add(NONE, "syrian observatory|observatory for human rights|syrian civil defence|syrian civil defense|syrian archive|syrian network"
                    + "|syria tv|syrian arab news agency|المرصد السوري|المرصد|الدفاع المدني السوري|الدفاع المدني|الشبكه السوريه|تلفزيون سوريا|سانا"
                    + "|повітрян* сил*|сили ппо|ппо|пво")
            .add("russian_military+syrian_government", "russian and syrian|syrian and russian|russian-syrian|syrian-russian|russian and regime"
                    + "|الروسي والسوري|روسيه وسوريه|الروسيه والسوريه|الروسي الاسدي|الروسي والنظام|النظام والقوات الروسيه|النظام وروسيا|النظام السوري والقوات الروسيه")
            .add("russian_military", "russia|russian|russians|moscow|kremlin|vks|russian-led"
                    + "|روسي*|الروسي|الروسيه|روسيا|موسكو|الروس"
                    + "|росі*|російськ*|рф|москв*|кремл*|окупант*|окупаційн*|загарбник*|загарбницьк*|рашист*|агресор*|країни-агресорки|держави-агресорки|зс рф")
            .add("syrian_government", "regime|assad|assad's|syrian army|syrian government|government forces|pro-government|syrian arab army|saa"
                    + "|syrian air force|syrian warplanes|syrian jets|syrian helicopters|damascus government|loyalist*"
                    + "|النظام|الاسد|قوات الاسد|جيش النظام|الجيش السوري|القوات الحكوميه|قوات الحكومه|الطيران السوري|النظام السوري|الحكومه السوريه|الجيش العربي السوري")
            .add("us_led_coalition", "coalition|us-led|u.s.-led|american|americans|united states|us forces|u.s. forces|centcom|cjtf|inherent resolve"
                    + "|التحالف|التحالف الدولي|الامريكي|الاميركي|الامريكيه|الولايات المتحده|коаліці*")
            .add("turkish_military", "turkish|turkey|turkish army|turkish forces|turkish military|turkish warplanes|jandarma|تركي*|التركي|التركيه|تركيا|турецьк*|туреччин*")
            .add("other", "turkey-backed|turkish-backed|turkey-loyal|turkish-loyal|turkey loyal|loyal to turkey|موالي* لتركيا|الموالي* لتركيا")
            .add("israeli_military", "israel|israeli|israelis|idf|اسرائيل|الاسرائيلي|الاسرائيليه|الاحتلال الاسرائيلي|ізраїл*")
            .add("ukrainian_military", "ukrainian forces|ukrainian army|ukrainian military|ukrainian drone*|armed forces of ukraine|afu"
                    + "|зсу|сили оборони|збройні сили україни|українськ* військ*|українськ* безпілотник*|الاوكراني|الاوكرانيه|القوات الاوكرانيه")
            .add("other", "isis|isil|islamic state|daesh|hts|hayyaat tahrir|tahrir al-sham|nusra|sdf|ypg|syrian democratic forces|rebels|rebel"
                    + "|factions|opposition|jihadis|jihadi groups|hezbollah|iranian|iran-backed|jaysh"
                    + "|داعش|تنظيم الدوله|الدوله الاسلاميه|النصره|هيئه تحرير الشام|قسد|قوات سوريا الديمقراطيه|الفصائل|المعارضه|الثوار|جيش الفتح|حزب الله"
                    + "|іділ|ісіл|ігіл");

    /** The attribution party a code stands for, where there is one (Ukraine's forces are not among Syria's candidates). */
    static Optional<Party> party(String code) {
        return Optional.ofNullable(Map.of("russian_military", Party.RUSSIAN_MILITARY, "syrian_government", Party.SYRIAN_GOVERNMENT,
                "us_led_coalition", Party.US_LED_COALITION, "turkish_military", Party.TURKISH_MILITARY, "israeli_military", Party.ISRAELI_MILITARY,
                "other", Party.OTHER).get(code));
    }
}
