package org.groundtruth.extraction;

import org.groundtruth.incident.CivilianObject;

import java.util.Map;
import java.util.Optional;

/** Civilian objects hit, in English, Arabic and Ukrainian, under codes that map to {@link CivilianObject}. */
final class ObjectWords {
    private ObjectWords() {
    }

    static final Lexicon LEXICON = new Lexicon()
            .add("residential", "home|homes|house|houses|residential*|apartment*|flat|flats|residential building*|housing|dwelling*"
                    + "|منزل*|منازل|بيت|بيوت|سكني*|الاحياء السكنيه|ابنيه سكنيه|مبنى سكني|بناء سكني|التجمعات السكنيه|عماره سكنيه"
                    + "|житлов*|будинок|будинку|будинки|будинків|будинкам|багатоповерхів*|п'ятиповерхів*|дев'ятиповерхів*|висотк*"
                    + "|квартир*|приватн* сектор*|приватн* будин*|під'їзд*|оселя|оселі")
            .add("market", "market|markets|marketplace|souk|bazaar|shop|shops|shopping centre|shopping center|mall"
                    + "|سوق|اسواق|الاسواق|المحال التجاريه|محلات تجاريه|محل تجاري"
                    + "|ринок|ринку|ринкові|ринки|торгівельн*|торгов* центр*|торгов* ряд*|магазин*|супермаркет*|тц|трц")
            .add("bakery", "bakery|bakeries|bread queue|فرن|افران|مخبز*|пекарн*|хлібозавод*")
            .add("place_of_worship", "mosque|mosques|church|churches|cathedral|مسجد|مساجد|جامع|كنيسه|церкв*|церков*|храм*|мечет*|собор*")
            .add("medical", "hospital|hospitals|clinic|clinics|medical cent*|medical point|health cent*|ambulance*|maternity"
                    + "|مشفى|مستشفى|مستشفيات|مشافي|نقطه طبيه|النقطه الطبيه|مركز صحي|عياده|سياره اسعاف|سيارات اسعاف|نقطه الاسعاف"
                    + "|лікарн*|медцентр*|медичн* заклад*|медичн* центр*|поліклінік*|амбулатор*|стоматолог*|пологов*|швидк* допомог*")
            .add("school", "school|schools|kindergarten*|university|universities|college"
                    + "|مدرسه|مدارس|مجمع المدارس|روضه|جامعه"
                    + "|школ*|ліце*|гімназі*|дитсад*|садок|садочок|дитяч* садоч*|університет*|освітн* устан*|освітн* заклад*|навчальн* заклад*")
            .add("civil_defence", "civil defen* cent*|civil defen* station|civil defen* team*|white helmets cent*"
                    + "|مركز الدفاع المدني|مركز للدفاع المدني|فرق الدفاع المدني|пожежн* частин*|рятувальник*")
            .add("water_and_power", "water station|water plant|water well*|power station|power plant|electricity|substation|power grid"
                    + "|بئر ماء|بئري ماء|ابار المياه|محطه مياه|محطه ضخ|محطه كهرباء|محطه الكهرباء"
                    + "|електростанці*|підстанці*|енергетик*|енергооб'єкт*|водоканал*|тец|теплоелектроцентрал*")
            .add("displacement_camp", "camp for displaced|displacement camp*|idp camp*|displaced persons camp*|refugee camp*"
                    + "|مخيم للنازحين|مخيم نازحين|مخيمات النازحين|مخيم النازحين|مخيمات للنازحين|табір* переселенц*")
            .add("cultural", "theatre|theater|museum|library|مسرح|متحف|театр*|драмтеатр*|музе*|бібліотек*")
            .add("vehicle", "car|cars|vehicle|vehicles|bus|minibus|سياره|سيارات|حافله|قارب|автомобіл*|авто|автівк*|автобус*|маршрутк*");

    private static final Map<String, CivilianObject> CATEGORY = Map.of(
            "residential", CivilianObject.RESIDENTIAL, "market", CivilianObject.MARKET, "place_of_worship", CivilianObject.PLACE_OF_WORSHIP,
            "medical", CivilianObject.MEDICAL, "school", CivilianObject.SCHOOL, "civil_defence", CivilianObject.CIVIL_DEFENCE,
            "water_and_power", CivilianObject.WATER_AND_POWER, "displacement_camp", CivilianObject.DISPLACEMENT_CAMP);

    /** The category of civilian object an object code stands for: bakeries, theatres and vehicles are OTHER. */
    static Optional<CivilianObject> category(String code) {
        return Optional.of(CATEGORY.getOrDefault(code, CivilianObject.OTHER));
    }
}
