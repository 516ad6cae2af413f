package org.groundtruth.incident;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads an {@link EventKind} from a source's own coding: ACLED's event and sub-event types, UCDP GED's type of
 * violence and sides, and where a coding does not say how the violence was done (UCDP's "state-based conflict"), the
 * words of the source's own headline or description (docs/decisions/0213-event-kind.md). Importers use it on rows;
 * stores use it to give incidents stored before kinds existed the kind their rows hold.
 */
public final class EventKindCoding {
    private EventKindCoding() {
    }

    // Words of English monitoring reports, most specific first. "shell" also catches "shells", "shelled", "shelling".
    private static final Pattern AIR = Pattern.compile("\\b(air ?strikes?|air ?raids?|air attacks?|aerial|war ?planes?|warplanes?|jets?|"
            + "aircraft|helicopters?|barrel bombs?|drones?|uavs?|bombers?|planes?|airforce|air force|sorties?|"
            + "fab-?\\d+|ofab|ptab|rbk-?\\d+|kab-?\\d+)\\b");
    private static final Pattern MISSILE = Pattern.compile("\\b(missiles?|ballistic|cruise|tochka|iskander|kalibr|kh-?\\d+|scud)\\b");
    private static final Pattern SHELLING = Pattern.compile("\\b(shell\\w*|artillery|mortars?|rockets?|grad|howitzers?|mlrs|"
            + "tank fire|cannons?|hell cannon)\\b");
    private static final Pattern GROUND = Pattern.compile("\\b(clash\\w*|battles?|fighting|fought|ambush\\w*|firefights?|"
            + "skirmish\\w*|gunfights?|offensive|assault|infantry|snipers?|gunmen|stormed|storming)\\b");

    /**
     * ACLED's coding. "Shelling/artillery/missile attack" is one ACLED sub-event type: it is a missile strike where the
     * notes name a missile, shelling otherwise.
     */
    public static EventKind acled(String eventType, String subEventType, String notes) {
        String sub = lower(subEventType);
        if (sub.isEmpty()) {
            String type = lower(eventType);
            if (type.equals("battles")) return EventKind.GROUND_FIGHTING;
            return type.isEmpty() ? EventKind.UNKNOWN : EventKind.OTHER;
        }
        return switch (sub) {
            case "air/drone strike" -> EventKind.AIR_STRIKE;
            case "shelling/artillery/missile attack" -> MISSILE.matcher(lower(notes)).find() ? EventKind.MISSILE : EventKind.SHELLING;
            case "armed clash", "government regains territory", "non-state actor overtakes territory" -> EventKind.GROUND_FIGHTING;
            default -> EventKind.OTHER; // IEDs, grenades, suicide bombs, attacks on civilians, protests, riots, developments
        };
    }

    /**
     * UCDP GED's coding. Non-state conflict (type 2) is fought between armed groups, which have no air force: ground
     * fighting, whatever the headline says (a monitor's daily headline names the day's air strikes elsewhere too).
     * State-based conflict (1) and one-sided violence (3) do not say how: the headline's words tell, or the kind stays
     * unknown (a non-state group's one-sided violence is other violence, not a strike, when the words say nothing).
     */
    public static EventKind ucdp(String typeOfViolence, String sideA, String sideB, String words) {
        EventKind byWords = fromWords(words);
        String type = typeOfViolence == null ? "" : typeOfViolence.strip();
        if (type.endsWith(".0")) type = type.substring(0, type.length() - 2);
        return switch (type) {
            case "2" -> EventKind.GROUND_FIGHTING;
            case "3" -> byWords != EventKind.UNKNOWN ? byWords : isState(sideA) ? EventKind.UNKNOWN : EventKind.OTHER;
            default -> byWords;
        };
    }

    /**
     * The kind a source row says, by the columns it has: ACLED's (sub_event_type), UCDP GED's (type_of_violence) or
     * the Syrian Archive's (Weapons_Used, Description). Rows of other layouts say nothing a rule can trust: unknown.
     */
    public static EventKind fromFields(Map<String, String> fields) {
        if (fields == null || fields.isEmpty()) return EventKind.UNKNOWN;
        if (fields.containsKey("sub_event_type")) {
            return acled(fields.get("event_type"), fields.get("sub_event_type"), fields.get("notes"));
        }
        if (fields.containsKey("type_of_violence")) {
            return ucdp(fields.get("type_of_violence"), fields.get("side_a"), fields.get("side_b"), fields.get("source_headline"));
        }
        if (fields.containsKey("Weapons_Used")) return syrianArchive(fields.get("Weapons_Used"), fields.get("Description"));
        return EventKind.UNKNOWN;
    }

    /** The Syrian Archive names the weapon ("Barrel Bomb", "9M79M Tochka") or describes the attack in words. */
    public static EventKind syrianArchive(String weaponsUsed, String description) {
        String w = lower(weaponsUsed);
        EventKind byWeapon = w.isEmpty() || w.equals("na") ? EventKind.UNKNOWN : fromWords(w);
        return byWeapon != EventKind.UNKNOWN ? byWeapon : fromWords(description);
    }

    /** The kind a text's words name, the most specific first (air, missile, shelling, ground fighting), or unknown. */
    public static EventKind fromWords(String text) {
        String t = lower(text);
        if (t.isEmpty()) return EventKind.UNKNOWN;
        if (AIR.matcher(t).find()) return EventKind.AIR_STRIKE;
        if (MISSILE.matcher(t).find()) return EventKind.MISSILE;
        if (SHELLING.matcher(t).find()) return EventKind.SHELLING;
        if (GROUND.matcher(t).find()) return EventKind.GROUND_FIGHTING;
        return EventKind.UNKNOWN;
    }

    /** UCDP names states "Government of X". */
    private static boolean isState(String side) {
        return side != null && side.strip().toLowerCase(Locale.ROOT).startsWith("government of");
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
