package org.groundtruth.extraction;

/** Aircraft, munitions, air bases and kinds of event, in English, Arabic and Ukrainian. */
final class WeaponWords {
    private WeaponWords() {
    }

    static final Lexicon AIRCRAFT = new Lexicon()
            .add("warplane", "warplane|warplanes|war plane*|fighter jet*|jets|jet|military aircraft|fighter-bomber*|fighter plane*"
                    + "|طائره حربيه|طائرات حربيه|الطائرات الحربيه|الطيران الحربي|طيران حربي|مقاتلات|المقاتلات|مقاتلات حربيه|مقاتله حربيه|مقاتله روسيه|المقاتلات الروسيه|مقاتلاتٌ حربيه|الطيران الحربي الروسي"
                    + "|винищувач*|тактичн* авіаці*|літак*")
            .add("helicopter", "helicopter|helicopters|gunship*|مروحي*|المروحي|المروحيات|مروحيه|مروحيات|الطيران المروحي|طيران مروحي|гелікоптер*|вертоліт*|вертольот*")
            .add("bomber", "bomber|bombers|strategic bomber*|قاذفه|قاذفات|القاذفات|бомбардувальник*|стратегічн* авіаці*")
            .add("Su-22", "su-22|su22|سوخوي 22|сухой 22|су-22")
            .add("Su-24", "su-24|su24|سوخوي 24|су-24")
            .add("Su-25", "su-25|su25|سوخوي 25|су-25")
            .add("Su-30", "su-30|су-30")
            .add("Su-34", "su-34|su34|سوخوي 34|су-34")
            .add("Su-35", "su-35|су-35")
            .add("MiG-23", "mig-23|mig23|ميغ 23|ميغ-23|міг-23")
            .add("MiG-29", "mig-29|ميغ 29|міг-29")
            .add("L-39", "l-39|ل 39|л-39")
            .add("Tu-22M3", "tu-22m3|tu-22|ту-22м3|ту-22|توبوليف 22")
            .add("Tu-95", "tu-95|tu-95ms|ту-95|ту-95мс|توبوليف 95")
            .add("Tu-160", "tu-160|ту-160|توبوليف 160")
            .add("Il-76", "il-76|іл-76");

    static final Lexicon MUNITIONS = new Lexicon()
            .add("barrel_bomb", "barrel bomb*|barrel-bomb*|explosive barrel*|برميل|براميل|البراميل|برميلين|البراميل المتفجره|براميل متفجره|برميل متفجر|бочков* бомб*")
            .add("vacuum_missile", "vacuum missile*|vacuum bomb*|thermobaric*|صاروخ فراغي|صواريخ فراغيه|الصواريخ الفراغيه|بصاروخ فراغي|فراغي*|термобаричн*|вакуумн*")
            .add("cluster_munition", "cluster*|عنقودي*|القنابل العنقوديه|الصواريخ العنقوديه|касетн*")
            .add("guided_bomb", "guided bomb*|glide bomb*|guided aerial bomb*|kab|kabs|каб|каби|кабів|кабом|кабами|кабу|керован* авіабомб*|керован* авіаційн* бомб*|коригован* авіабомб*")
            .add("FAB", "fab|fab-250|fab-500|fab-1500|фаб|фаб-250|фаб-500|фаб-1500|фабами|фабом|фабів|фугасн* авіабомб*")
            .add("UMPK", "umpk|умпк")
            .add("ballistic_missile", "ballistic missile*|балістичн* ракет*|балістик*|балістичн*")
            .add("cruise_missile", "cruise missile*|крилат* ракет*|صواريخ كروز|صاروخ كروز")
            .add("Iskander", "iskander*|іскандер*|искандер*|اسكندر")
            .add("Kinzhal", "kinzhal|кинджал*|кинжал*|كينجال")
            .add("Kalibr", "kalibr|калібр*|калибр*|كاليبر")
            .add("Kh-101", "kh-101|х-101")
            .add("S-300", "s-300|с-300|اس 300")
            .add("Shahed", "shahed*|шахед*|герань*|geran*|شاهد 136|شاهد-136")
            .add("drone", "drone|drones|uav|uavs|kamikaze drone*|suicide drone*|طائره مسيره|طائرات مسيره|مسيره|مسيرات|طائره دون طيار|درون*"
                    + "|дрон*|безпілотн*|бпла|ударн* бпла")
            .add("surface_to_surface_missile", "surface-to-surface missile*|ground-to-ground missile*|صواريخ ارض ارض|صاروخ ارض ارض|ارض ارض|ارض - ارض")
            .add("guided_missile", "guided missile*|صواريخ موجهه|صاروخ موجه|الصواريخ الموجهه|بصواريخ موجهه")
            .add("ATGM", "atgm|anti-tank guided missile*|anti-tank missile*|птур|صاروخ حراري|صواريخ حراريه|كورنيت")
            .add("artillery", "artillery|howitzer*|مدفعي*|المدفعيه|قذائف مدفعيه|артилері*|артилерійськ*|артобстріл*|гаубиц*")
            .add("mortar", "mortar|mortars|هاون|الهاون|міномет*|мінометн*")
            .add("Grad", "grad|град*|غراد")
            .add("Smerch", "smerch|смерч*")
            .add("Uragan", "uragan|ураган*")
            .add("MLRS", "mlrs|multiple rocket launcher*|rocket launcher*|راجمات|راجمه|راجمات الصواريخ|рсзв|реактивн* систем* залпов*")
            .add("napalm", "napalm|نابالم|نابلم|напалм*")
            .add("white_phosphorus", "white phosphorus|phosphorus|فوسفور*|الفوسفور الابيض|фосфор*")
            .add("missile", "missile|missiles|rocket|rockets|صاروخ|صواريخ|الصواريخ|بصاروخين|صاروخين|ракет*");

    static final Lexicon BASES = new Lexicon()
            .add("Hmeimim", "hmeimim|khmeimim|humaymim|hmeymim|حميميم|хмеймім*|хмеймим*")
            .add("Hama", "hama airbase|hama air base|hama airport|hama military airport|hama airfield|مطار حماه العسكري|مطار حماه")
            .add("Shayrat", "shayrat|shairat|الشعيرات|مطار الشعيرات|шайрат*")
            .add("T4", "t4 airbase|t-4 airbase|t4 air base|tiyas|tiyas airbase|التيفور|مطار التيفور|مطار تياس|тіяс")
            .add("Kuweires", "kuweires|kweires|كويرس|مطار كويرس")
            .add("Dumayr", "dumayr airbase|dumayr air base|dumayr airport|مطار الضمير")
            .add("Sayqal", "sayqal|الصيقل|مطار الصيقل")
            .add("Mezzeh", "mezzeh airbase|mezzeh air base|mezzeh airport|مطار المزه")
            .add("Nayrab", "nayrab|نيرب|مطار النيرب")
            .add("Abu al-Duhur", "abu al-duhur airbase|abu duhur airbase|abu al-duhur air base|مطار ابو الظهور")
            .add("Jirah", "jirah airbase|jirah air base|مطار الجراح")
            .add("Tabqa", "tabqa airbase|tabqa air base|tabqa airport|مطار الطبقه")
            .add("Engels", "engels|engels-2|енгельс*|энгельс*")
            .add("Olenya", "olenya|olenegorsk|оленья|оленя|оленегорськ*")
            .add("Shaykovka", "shaykovka|шайківк*|шайковк*")
            .add("Morozovsk", "morozovsk|морозовськ*|морозовск")
            .add("Millerovo", "millerovo|міллерово|миллерово")
            .add("Saky", "saky airbase|saky air base|saki airbase|аеродром* саки|аеродром* «саки»")
            .add("Belbek", "belbek|бельбек*")
            .add("Khalino", "khalino|халіно|халино")
            .add("Mozdok", "mozdok|моздок*")
            .add("Soltsy", "soltsy|сольці|сольцы")
            .add("Ukrainka", "ukrainka airbase|ukrainka air base|аеродром* українк*")
            .add("Dyagilevo", "dyagilevo|дягілєв*|дягилев*")
            .add("Savasleyka", "savasleyka|саваслейк*")
            .add("Primorsko-Akhtarsk", "primorsko-akhtarsk|приморсько-ахтарськ*")
            .add("Yeysk", "yeysk airbase|yeysk air base|аеродром* єйськ*")
            .add("Machulishchy", "machulishchy|мачулищ*")
            .add("Baranavichy", "baranavichy airbase|baranovichi airbase|аеродром* барановичі|аеродром* барановичах");

    static final Lexicon EVENTS = new Lexicon()
            .add("take_off", "took off|take off|take-off|takeoff|taking off|took-off|took off from|departed from|اقلعت|اقلاع|اقلع|تقلع"
                    + "|зліт|злетів|злетіли|злетіла|злітають|піднял* в повітря|піднял* у повітря|зліт* з аеродром*")
            .add("overflight", "flew over|flying over|overflight|circling over|hovering over|تحليق|حلق|تحلق|يحلق|يحوم|تحوم|пролетів|пролетіли|пролітав|кружляв|кружляють")
            .add("strike", "airstrike|airstrikes|air strike|air strikes|air raid|air raids|raid|raids|strike|strikes|struck|bombard*|bombing|bombed"
                    + "|bomb|bombs|pound|pounds|pounded|pounding|hit|hits|target|targets|targeted|targeting|attack|attacks|attacked|غاره|غارات|الغارات|قصف جوي|قصفا جويا|قصف|استهدف*|استهداف|قصفت|شن|شنت"
                    + "|удар|удару|ударів|ударом|удари|ударами|авіаудар*|атак*|атакувал*|влучан*|влучил*|приліт*|вдарил*|вдарив|скинул*")
            .add("shelling", "shelling|shelled|shell|shells|artillery fire|قصف مدفعي|قصفا مدفعيا|قذائف|القذائف|обстріл*|обстрілял*|обстрілюва*|артобстріл*")
            .add("explosion", "explosion|explosions|blast|ied|car bomb|landmine|landmines|mine explosion|انفجار*|عبوه ناسفه|سياره مفخخه|لغم|الغام|вибух*|підрив*")
            .add("clashes", "clash|clashes|fighting|battle|battles|counterattack|counterattacks|counter-attack*|counteroffensive|skirmish|skirmishes|exchange of fire|fight|fights|ambush|ambushes|ambushed|confrontation|confrontations|اشتباك*|اشتباكات|معارك|бої|боїв|бойов* дії|бойових дій")
            .add("killing", "assassination|assassinations|assassinating|assassination attempt*|murder|murders|murdered|sniper|sniper fire|gunfire"
                    + "|opened fire|opens fire|open fire|suicide bomber|suicide bombing|blows himself up|blew himself up|detonation|detonations|اغتيال|عمليه اغتيال")
            .add("execution", "executed|executes|execution|executing|اعدام|اعدم|страт*");
}
