package org.groundtruth.extraction;

import org.groundtruth.claim.ResponseKind;
import org.groundtruth.incident.CountRange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The issue's example and its Arabic and Ukrainian equivalents, and several strikes in one text. */
class RuleBasedExtractorTest {
    static final OffsetDateTime MORNING_AFTER = OffsetDateTime.parse("2015-11-30T08:00+02:00");

    private static Extraction read(String text, Language language) {
        return SmallGazetteer.extractor().extract(SourceText.of(text, language, MORNING_AFTER));
    }

    @Test
    void readsTheExampleOfTheIssueWithEveryValueTiedToItsWords() {
        String text = "Civil Defence: 12 civilians, among them 5 children, were killed last night when warplanes that took off from "
                + "Hama airbase struck a bakery in Kafr Nabel, south of Idlib; Moscow called the reports fabricated";
        Extraction e = read(text, Language.ENGLISH);

        assertThat(e.candidates()).hasSize(1);
        CandidateReport c = e.candidates().get(0);
        assertThat(c.date().date().firstDay()).isEqualTo(LocalDate.of(2015, 11, 29));
        assertThat(c.date().date().lastDay()).isEqualTo(LocalDate.of(2015, 11, 30));
        assertThat(c.date().partOfDay()).isEqualTo(DateMention.PartOfDay.NIGHT);
        assertThat(c.date().span().of(text)).isEqualTo("last night");
        assertThat(c.place().match().place().name()).isEqualTo("Kafr Nabl");
        assertThat(c.place().span().of(text)).isEqualTo("Kafr Nabel");
        assertThat(c.location().governorate()).isEqualTo("Idlib");
        assertThat(c.casualties().killed().count()).isEqualTo(CountRange.exactly(12));
        assertThat(c.casualties().children().count()).isEqualTo(CountRange.exactly(5));
        assertThat(c.casualties().killed().spans().get(0).of(text)).isEqualTo("12 civilians");
        assertThat(c.codes(TermKind.OBJECT)).containsExactly("bakery");
        assertThat(c.codes(TermKind.BASE)).containsExactly("Hama");
        assertThat(c.codes(TermKind.AIRCRAFT)).containsExactly("warplane");
        assertThat(c.codes(TermKind.EVENT)).contains("take_off", "strike");
        assertThat(c.responses()).singleElement().satisfies(r -> {
            assertThat(r.party()).isEqualTo("russian_military");
            assertThat(r.kind()).isEqualTo(ResponseKind.CALLED_FAKE);
            assertThat(r.span().of(text)).isEqualTo("fabricated");
        });
        for (TermMention t : c.terms()) assertThat(t.span().of(text)).isNotBlank();
    }

    @Test
    void readsTheArabicEquivalent() {
        String text = "الدفاع المدني: مقتل 12 مدنياً بينهم 5 أطفال ليلة أمس عندما قصفت طائرات حربية أقلعت من مطار حماة العسكري فرناً في كفرنبل جنوب إدلب، ونفت موسكو التقارير ووصفتها بأنها مفبركة";
        CandidateReport c = read(text, Language.ARABIC).candidates().get(0);
        assertThat(c.date().date().firstDay()).isEqualTo(LocalDate.of(2015, 11, 29));
        assertThat(c.place().match().place().name()).isEqualTo("Kafr Nabl");
        assertThat(c.casualties().killed().count()).isEqualTo(CountRange.exactly(12));
        assertThat(c.casualties().children().count()).isEqualTo(CountRange.exactly(5));
        assertThat(c.codes(TermKind.OBJECT)).containsExactly("bakery");
        assertThat(c.codes(TermKind.BASE)).containsExactly("Hama");
        assertThat(c.responses()).extracting(ResponseMention::party).containsExactly("russian_military");
    }

    @Test
    void readsTheUkrainianEquivalent() {
        String text = "ДСНС: минулої ночі 12 цивільних, серед них 5 дітей, загинули, коли літаки, що злетіли з аеродрому Хмеймім, "
                + "вдарили по пекарні у Балаклії на Харківщині; у Москві заявили, що це фейк";
        CandidateReport c = read(text, Language.UKRAINIAN).candidates().get(0);
        assertThat(c.date().date().lastDay()).isEqualTo(LocalDate.of(2015, 11, 30));
        assertThat(c.place().match().place().name()).isEqualTo("Balakliya");
        assertThat(c.casualties().killed().count()).isEqualTo(CountRange.exactly(12));
        assertThat(c.casualties().children().count()).isEqualTo(CountRange.exactly(5));
        assertThat(c.codes(TermKind.OBJECT)).containsExactly("bakery");
        assertThat(c.codes(TermKind.BASE)).containsExactly("Hmeimim");
        assertThat(c.responses()).extracting(ResponseMention::kind).containsExactly(ResponseKind.CALLED_FAKE);
    }

    @Test
    void oneTextWithTwoStrikesGivesTwoCandidatesAndDropsTheSummary() {
        String text = "قتل ثمانية مدنيين في غارات روسية في محافظة إدلب، مشيرًا إلى مقتل خمسة مدنيين بينهم ثلاثة أطفال في مدينة سراقب "
                + "وثلاثة آخرين بينهم طفلان في بلدة أرنبة في ريف إدلب الجنوبي.";
        List<CandidateReport> cs = read(text, Language.ARABIC).candidates();
        assertThat(cs).extracting(c -> c.place().match().place().name()).containsExactly("Saraqib", "Arnaba");
        assertThat(cs).extracting(c -> c.casualties().killed().count()).containsExactly(CountRange.exactly(5), CountRange.exactly(3));
        assertThat(cs).extracting(c -> c.casualties().children().count()).containsExactly(CountRange.exactly(3), CountRange.exactly(2));
        assertThat(cs).allSatisfy(c -> assertThat(c.codes(TermKind.PARTY)).contains("russian_military"));
    }

    @Test
    void twoActsOfHarmEachWithItsOwnPlaceAreTwoStrikes() {
        List<CandidateReport> cs = read("Shells hit Saraqib and clashes around Ariha yesterday", Language.ENGLISH).candidates();
        assertThat(cs).extracting(c -> c.place().match().place().name()).containsExactly("Saraqib", "Ariha");
        assertThat(cs).allSatisfy(c -> assertThat(c.date().date().firstDay()).isEqualTo(LocalDate.of(2015, 11, 29)));

        // two acts on the same places, or one act on a list of places, stay one strike
        assertThat(read("Shelling and airstrikes on Saraqib and Ariha", Language.ENGLISH).candidates()).hasSize(1);
        assertThat(read("12 civilians were killed when warplanes struck a bakery in Kafr Nabel, south of Idlib", Language.ENGLISH)
                .candidates()).hasSize(1);
    }

    @Test
    void aNameSaidToLieInAnotherGovernorateIsNotReadAsItsNamesakeElsewhere() {
        // Arnaba is in Idlib in this gazetteer: "Arnaba neighborhood in Hama city" is another Arnaba, which it lacks
        CandidateReport c = read("Shelling hit the Arnaba neighborhood in Hama city", Language.ENGLISH).candidates().get(0);
        assertThat(c.place().match().place().name()).isEqualTo("Hama");
        assertThat(c.places()).extracting(p -> p.match().place().name()).doesNotContain("Arnaba");

        // near a place of another governorate is no statement of where it lies
        CandidateReport near = read("Shelling hit Arnaba near Hama", Language.ENGLISH).candidates().get(0);
        assertThat(near.place().match().place().name()).isEqualTo("Arnaba");
    }

    @Test
    void twoDaysAtOnePlaceAreTwoStrikes() {
        String text = "قتل أربعة مدنيين اليوم الأحد بقصف على مدينة أريحا، فيما ارتفع عدد القتلى جراء القصف على المدينة يوم أمس إلى ثلاثة عشر قتيلا بينهم ستة أطفال.";
        OffsetDateTime sunday = OffsetDateTime.parse("2015-11-29T12:00+02:00");
        List<CandidateReport> cs = SmallGazetteer.extractor().extract(SourceText.of(text, Language.ARABIC, sunday)).candidates();
        assertThat(cs).extracting(c -> c.casualties().killed().count()).containsExactly(CountRange.exactly(4), CountRange.exactly(13));
        assertThat(cs).extracting(c -> c.date().date().firstDay()).containsExactly(LocalDate.of(2015, 11, 29), LocalDate.of(2015, 11, 28));
    }

    @Test
    void aTakeOffAloneProposesNoStrikeButKeepsItsTerms() {
        Extraction e = read("Зафіксовано зліт кількох бортів Ту-95 з аеродрому «Оленья».", Language.UKRAINIAN);
        assertThat(e.candidates()).isEmpty();
        assertThat(e.terms()).extracting(TermMention::code).contains("Tu-95", "Olenya", "take_off");
        assertThat(e.notes()).anyMatch(n -> n.contains("no strike"));
    }

    @Test
    void theCountrysideOfATownIsAroundTheTownAndThatOfAGovernorateIsTheGovernorate() {
        CandidateReport town = read("Warplanes bomb the countryside of Saraqib", Language.ENGLISH).candidates().get(0);
        assertThat(town.place().match().place().name()).isEqualTo("Saraqib");
        assertThat(town.place().role()).isEqualTo(PlaceMention.Role.AREA);
        assertThat(town.location().precision()).isEqualTo(org.groundtruth.place.LocationPrecision.DISTRICT);

        CandidateReport near = read("Three killed in an explosion east of Saraqib", Language.ENGLISH).candidates().get(0);
        assertThat(near.place().role()).isEqualTo(PlaceMention.Role.REFERENCE);
        assertThat(near.location().precision()).isEqualTo(org.groundtruth.place.LocationPrecision.DISTRICT);

        CandidateReport governorate = read("Warplanes bomb the countryside of Idlib", Language.ENGLISH).candidates().get(0);
        assertThat(governorate.place().match().place().isGovernorate()).isTrue();
        assertThat(governorate.location().precision()).isEqualTo(org.groundtruth.place.LocationPrecision.GOVERNORATE);
    }

    @Test
    void aSentenceInitialCapitalIsNoEvidenceForALooseMatch() {
        // as "Aerial bombardment" once read as a place: a loose spelling of Ariha, capitalised only as the first word
        Extraction e = read("Arihah bombardment targets the countryside", Language.ENGLISH);
        assertThat(e.places()).isEmpty();
    }

    @Test
    void aDatedHeadingOfPlacesIsOneStrikeToReviewButADatedSentenceWithoutHarmIsNot() {
        String heading = "November 28th 2015: (S123) Kafr Nabl village near Ariha, Idlib governorate, Syria";
        Extraction e = read(heading, Language.ENGLISH);
        assertThat(e.candidates()).singleElement().satisfies(c -> {
            assertThat(c.date().date().firstDay()).isEqualTo(LocalDate.of(2015, 11, 28));
            assertThat(c.place().match().place().name()).isEqualTo("Kafr Nabl");
        });
        assertThat(read("November 28th 2015: rebels advance in Kafr Nabl, Idlib governorate", Language.ENGLISH).candidates()).isEmpty();
    }

    @Test
    void aStrikeNamingSitesInTwoGovernoratesProposesNoneAsItsPlace() {
        // which of the two is the strike's is not said: both are offered among its places, none as the value
        CandidateReport c = read("Shelling targets Saraqib and Hama", Language.ENGLISH).candidates().get(0);
        assertThat(c.place()).isNull();
        assertThat(c.places()).extracting(p -> p.match().place().name()).containsExactly("Saraqib", "Hama");
        // two sites of one governorate: the first is the strike's place, as before
        assertThat(read("Shelling targets Saraqib and Ariha", Language.ENGLISH).candidates().get(0).place().match().place().name()).isEqualTo("Saraqib");
    }

    @Test
    void namesOfGroupsStreetsAndPeopleAreNoPlaces() {
        assertThat(read("Clashes between Jaysh Ariha and the regime forces", Language.ENGLISH).places()).isEmpty();
        assertThat(read("Shells target Ariha road and kill 3", Language.ENGLISH).places()).isEmpty();
        // a first name and a surname in Ukrainian: neither is a town
        assertThat(read("Про це повідомив голова ОВА Олег Балаклія.", Language.UKRAINIAN).places()).isEmpty();
    }

    @Test
    void theAdjectiveOfAnOblastBeforeItsWordIsTheOblast() {
        CandidateReport c = read("У Харківській області внаслідок обстрілу загинули двоє людей.", Language.UKRAINIAN).candidates().get(0);
        assertThat(c.place().match().place().name()).isEqualTo("Kharkiv Oblast");
        assertThat(c.place().role()).isEqualTo(PlaceMention.Role.AREA);
        assertThat(read("Як повідомив голова Харківської ОВА, обстріляно Балаклію.", Language.UKRAINIAN).places())
                .extracting(p -> p.match().place().name()).containsExactly("Kharkiv Oblast", "Balakliya");
    }
}
