package org.groundtruth.extraction;

/**
 * Words around casualty figures, in English, Arabic and Ukrainian. One code per token, longest phrase first, so that
 * "killed and wounded" is one combined cue and not a killing.
 */
final class CasualtyWords {
    private CasualtyWords() {
    }

    static final String KILL = "kill", KILLED = "killed", INJURE = "injure", INJURED = "injured", COMBINED = "combined",
            CHILD = "child", WOMAN = "woman", MAN = "man", COMBATANT = "combatant", PERSON = "person", INCLUDE = "include",
            UPDATE = "update", CUMULATIVE = "cumulative", SCOPE = "scope", NOT_PERSON = "not_person", DURATION = "duration";

    static final Lexicon LEXICON = new Lexicon()
            .add(COMBINED, "killed and wounded|killed and injured|dead and injured|dead and wounded|martyrs and wounded|martyrs and injured"
                    + "|kill and wound|kill and injure|kills and injures|kills and wounds|killing and injuring|killing and wounding|killed or injured"
                    + "|killed and injuring|death and injury|death and the injury|the death and the injury|casualties and injuries|casualties and wounded"
                    + "|casualty|casualties|human losses|losses|dead and wounded"
                    + "|بين شهيد وجريح|بين قتيل وجريح|بين قتيل ومصاب|قتلى وجرحى|شهداء وجرحى|قتل وجرح|قتل واصابه|مقتل واصابه|مقتل وجرح|قتلت وجرحت"
                    + "|قتل وأصيب|ضحايا وجرحى|خسائر بشريه|قتيل وجريح|شهيد وجريح|загибл* та поранен*|загибл* і поранен*|вбит* та поранен*|загинул* та поранен*")
            .add(KILL, "kill|kills|killed|killing|die|dies|died|dying|death|deaths|death toll|toll|lives|slain|perished|executed|executes|execute"
                    + "|executing|beheaded|behead|assassinate|assassinates|assassinated|slaughter|slaughters|slaughtered|crucified|crucifies|stoning|stoned|shot dead|stoned to death|massacre|massacred|lost their lives|claimed the lives|claim the lives|fatalities"
                    + "|قتل|قتلت|قتلوا|يقتل|تقتل|مقتل|مقتلهم|قضى|قضوا|قضت|لقي|لقوا|حتفه|حتفهم|مصرع|مصرعهم|استشهد|استشهدوا|استشهاد|ارتقى|ارتقاء"
                    + "|توفي|وفاه|راح ضحيتها|راح ضحيتهم|ذهب ضحيتها|اعدام|اعدم|حصيله القتلى|عدد القتلى|عدد الشهداء"
                    + "|загин*|загибел*|вбит*|вбив*|вбили|убит*|убив*|помер*|смерт*|забрал* життя|забрала життя|позбавив* життя")
            .add(KILLED, "dead|martyr|martyrs|martyred|bodies|body|fatality|victims|victim"
                    + "|قتيل|قتلى|القتلى|شهيد|شهداء|الشهداء|شهيدا|ضحيه|ضحايا|جثث|جثه|شهيدين"
                    + "|загибл*|жертв*|тіл|тіла|тіло")
            .add(INJURE, "injure|injures|injured|injuring|wound|wounds|wounded|wounding|hurt|hospitalised|hospitalized"
                    + "|جرح|جرحت|اصيب|اصابه|اصابت|اصابه|اصابات|اصيبوا|يصاب|جروح|بجروح"
                    + "|поранен*|травмован*|травмува*|постраждал*|потерпіл*|контузі*|ушпитал*|госпіталізован*|зазнал* поранень|дістал* поранен*|отримал* поранен*")
            .add(INJURED, "wounded people|injured people|جريح|جرحى|الجرحى|جريحا|مصاب|مصابا|مصابين|المصابين|مصابون")
            .add(CHILD, "child|children|kid|kids|boy|boys|girl|girls|infant|infants|baby|babies|toddler|teenager|teenagers|minor|minors"
                    + "|طفل|طفله|اطفال|الاطفال|طفلين|طفلان|طفلتين|طفلتان|رضيع|صغار|فتاه|فتيات"
                    + "|дитин*|діти|дітей|дітьми|хлопчик*|дівчинк*|дівчат*|підліт*|немовл*")
            .add(WOMAN, "woman|women|mother|mothers|wife|wives|امراه|امراتين|امراتان|نساء|سيده|سيدتان|سيدتين|سيدات|نسوه|شابه"
                    + "|жінк*|жінок|жінці|мати|матір|дружин*|пенсіонерк*|жительк*|мешканк*")
            .add(MAN, "man|men|رجل|رجال|رجلين|رجلان|شاب|شابين|شبان|чоловік|чоловіка|чоловіки|чоловіків|пенсіонер|хлопц*|мешканець")
            .add(COMBATANT, "fighter|fighters|militant|militants|member|members|soldier|soldiers|troops|gunmen|gunman|militiamen|operatives"
                    + "|officer|officers|commander|commanders|rebels|jihadis|personnel|عنصر|عناصر|مقاتل|مقاتلين|مقاتلا|مقاتلان|مسلح|مسلحين|جندي|جنود|عسكري|عسكريين"
                    + "|військов*|бійц*|бійців|солдат*|окупант*")
            .add(PERSON, "people|persons|person|others|other people|civilian|civilians|citizen|citizens|resident|residents|individuals|brothers|someone|worker|workers|doctor|pilot"
                    + "|شخص|شخصا|اشخاص|الاشخاص|اخرين|اخرون|آخرين|آخرون|مدني|مدنيا|مدنيين|مدنيان|المدنيين|مدنيون|مواطن|مواطنين|مواطنا|سوريا|سوريين|افراد"
                    + "|людин*|людей|люди|особ*|осіб|інших|інші|цивільн*|мешканц*|жител*|громадян*|містян*")
            .add(INCLUDE, "including|among them|among whom|of them|of whom|among the dead|among the victims|among those killed|incl|inclusive of"
                    + "|بينهم|منهم|من بينهم|من بين القتلى|بينهما|من بين الضحايا|هم"
                    + "|серед них|серед яких|з них|зокрема|у тому числі|в тому числі|включаючи|серед загиблих|серед постраждалих|серед поранених")
            .add(UPDATE, "rose|risen|rises|rising|raise|raises|raising|raised|increased|increases|climbed|climbs|reached|reaches|jumped"
                    + "|ارتفع|ارتفعت|ارتفاع|يرتفع|ترتفع|وصل|وصلت|يصل|بلغ|بلغت|зросла|зросло|зросли|збільшилась|збільшилася|збільшилось|збільшилися|досягла|сягнула")
            .add(CUMULATIVE, "since|so far|to date|since the beginning|since the start|منذ|منذ بدء|منذ بداية|حتى الان|з початку|від початку|відтоді|загалом від")
            // with a revised toll only: a period or a scope that a toll covers ("raises to 52 the number killed in less than a month")
            .add(SCOPE, "week|month|period|escalation|campaign|agreement|truce|ceasefire|both parties|both sides|offensive|operation"
                    + "|اسبوع|الاسبوع|شهر|الشهر|فتره|الفتره|التصعيد|تصعيد|الحمله|حمله|الهدنه|الاتفاق|اتفاق|الطرفين|العمليه"
                    + "|тиждень|тижня|місяць|місяця|період*|ескалац*|кампан*|перемир*|обидвох сторін|обох сторін|операці*")
            // the name of a zone, not a campaign: "the de-escalation zone", "منطقة خفض التصعيد"
            .add("zone_name", "de-escalation|de escalation|خفض التصعيد|خفض تصعيد")
            .add(DURATION, "days|weeks|months|years|ايام|أيام|اسابيع|اشهر|شهور|днів|дні|тижнів|тижні|місяців|місяці")
            .add(NOT_PERSON, "day|hour|hours|minute|minutes|raid|raids|airstrike|airstrikes|strikes|strike|missile|missiles|shell|shells|rocket|rockets"
                    + "|barrel|barrels|bombs|bomb|km|kilometres|kilometers|metres|meters|building|buildings|houses|homes|cars|vehicles|villages|towns"
                    + "|family|families|times|attacks|explosions|drones|sorties|percent|per|kg|tons|neighbourhoods|neighborhoods|areas|points|locations"
                    + "|غاره|غارات|صاروخ|صواريخ|قذيفه|قذائف|برميل|براميل|كم|كيلومتر|ساعه|ساعات|دقيقه|دقائق|يوم|منزل|منازل|مبنى|مباني|قريه|قرى|عائله|عوائل|مرات|طائرات|طائره"
                    + "|ударів|ударами|удари|удар|ракет*|каб*|фаб*|авіабомб*|бомб*|снаряд*|атак*|обстріл*|років|роки|рік|year|years|عاما|عام|سنه|سنوات|дрон*|шахед*|безпілотник*|бпла|км|кілометр*|годин*|хвилин*|будинк*|будинок|багатоповерхів*|автомобіл*|сіл|населен*|разів|вибух*|день|доби");
}
