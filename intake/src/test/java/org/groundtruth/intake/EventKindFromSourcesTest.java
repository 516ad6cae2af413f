package org.groundtruth.intake;

import org.groundtruth.incident.CountRange;
import org.groundtruth.incident.EventKind;
import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.intake.acled.AcledFormat;
import org.groundtruth.intake.syrianarchive.SyrianArchiveFormat;
import org.groundtruth.intake.ucdp.UcdpGedFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 item 1: every importer gives its incidents the event kind the source itself coded, on the real files of
 * shared/data (UCDP GED Syria, the Syrian Archive) and the ACLED-layout sample; a toll the source did not count stays
 * unknown instead of becoming 0.
 */
class EventKindFromSourcesTest {
    private static FormatRun ucdp;

    @BeforeAll
    static void readTheRealUcdpFile() {
        ucdp = FormatRun.read(new UcdpGedFormat(), SharedData.file("ucdp-ged-syria/ucdp_ged_syria_2016_2019.csv"));
    }

    @Test
    void aUcdpBattleBetweenTwoNonStateGroupsIsGroundFightingThoughItsHeadlineNamesBarrels() {
        // type_of_violence 2 (Ahrar al-Sham, FSA, ... against IS); the SOHR headline is about the day's other events
        ImportedRecord r = ucdp.get("ucdp-ged:216585");
        assertThat(r.facts().kind()).isEqualTo(EventKind.GROUND_FIGHTING);
        assertThat(r.facts().kind().mayBeStrike()).isFalse();
        // no civilian counted among the dead, but two of unknown status: 0 to 2 civilians, not "0"
        assertThat(r.facts().casualties().killed()).isEqualTo(CountRange.of(0, 2));
    }

    @Test
    void everyUcdpNonStateEventIsGroundFightingAndStateBasedOnesTakeTheKindTheirHeadlineNames() {
        Map<EventKind, Integer> nonState = new EnumMap<>(EventKind.class);
        Map<EventKind, Integer> stateBased = new EnumMap<>(EventKind.class);
        for (ImportedRecord r : ucdp.records) {
            String type = r.fields().get("type_of_violence");
            if ("2".equals(type)) nonState.merge(r.facts().kind(), 1, Integer::sum);
            if ("1".equals(type)) stateBased.merge(r.facts().kind(), 1, Integer::sum);
        }
        assertThat(nonState).containsExactly(Map.entry(EventKind.GROUND_FIGHTING, 4_577));
        assertThat(stateBased.keySet()).contains(EventKind.AIR_STRIKE, EventKind.MISSILE, EventKind.SHELLING,
                EventKind.GROUND_FIGHTING, EventKind.UNKNOWN);
        // "Bombardment targets Idlib and Hama" says neither from the air nor from the ground: unknown, not a strike
        assertThat(ucdp.get("ucdp-ged:214804").facts().kind()).isEqualTo(EventKind.UNKNOWN);
        // "14 shells hit Dahya al-Assad an clashes continue": shelling before fighting
        assertThat(ucdp.get("ucdp-ged:214797").facts().kind()).isEqualTo(EventKind.SHELLING);
    }

    /**
     * How far the words of a description can be trusted where no coding says the kind: on the Syrian Archive rows whose
     * weapon names it (barrel bombs, aircraft bombs and drones are air strikes, Tochka a missile), the kind read from
     * the description alone. Printed for docs/accuracy.md; the floor keeps it from getting worse.
     */
    @Test
    void theDescriptionsWordsAgreeWithTheWeaponNamed() {
        FormatRun run = FormatRun.read(new SyrianArchiveFormat(), SharedData.file("syrian-archive-violations/violations.csv"));
        int labelled = 0, same = 0, unknown = 0;
        for (ImportedRecord r : run.records) {
            String weapon = r.fields().get("Weapons_Used");
            EventKind byWeapon = weapon == null ? EventKind.UNKNOWN : org.groundtruth.incident.EventKindCoding.fromWords(weapon);
            if (!byWeapon.isStrike()) continue;
            labelled++;
            EventKind byWords = org.groundtruth.incident.EventKindCoding.fromWords(r.fields().get("Description"));
            if (byWords == byWeapon) same++;
            else if (byWords == EventKind.UNKNOWN) unknown++;
        }
        System.out.printf("event kind from description words vs the weapon named: %d rows, %d same (%.3f), %d unknown, %d other%n",
                labelled, same, same / (double) labelled, unknown, labelled - same - unknown);
        assertThat(labelled).isGreaterThanOrEqualTo(60);
        assertThat(same / (double) (labelled - unknown)).as("precision when the words say something").isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void acledSubEventTypesBecomeKinds() {
        FormatRun run = FormatRun.read(new AcledFormat(), SharedData.resource("acled/acled_syria_2015_sample.csv"));
        assertThat(run.problems).isEmpty();
        assertThat(run.get("acled:SYR2001").facts().kind()).isEqualTo(EventKind.AIR_STRIKE);
        assertThat(run.get("acled:SYR2011").facts().kind()).isEqualTo(EventKind.GROUND_FIGHTING);
        assertThat(run.get("acled:SYR2012").facts().kind()).isEqualTo(EventKind.SHELLING);
    }

    @Test
    void theSyrianArchiveNamesTheWeaponOrDescribesTheAttack() {
        FormatRun run = FormatRun.read(new SyrianArchiveFormat(), SharedData.file("syrian-archive-violations/violations.csv"));
        assertThat(run.get("syrian-archive:37461").facts().kind()).isEqualTo(EventKind.AIR_STRIKE);   // Barrel Bomb
        assertThat(run.get("syrian-archive:37199").facts().kind()).isEqualTo(EventKind.MISSILE);      // 9M79M Tochka
        assertThat(run.get("syrian-archive:38623").facts().kind()).isEqualTo(EventKind.AIR_STRIKE);   // Drone
        // "Russian warplanes targeting the Civil Defense Center in Kufrzita": no weapon named, the words tell
        assertThat(run.get("syrian-archive:64598").facts().kind()).isEqualTo(EventKind.AIR_STRIKE);
        // "8 martyrs" is a count; a video that counts nobody keeps the toll unknown, never 0
        assertThat(run.get("syrian-archive:64598").facts().casualties().killed().min()).isEqualTo(8);
        assertThat(run.get("syrian-archive:64496").facts().casualties().killed()).isEqualTo(CountRange.UNKNOWN);
    }
}
