package org.groundtruth.testimony;

import org.groundtruth.audit.ChangeNote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Testimony with its protection: seals identities before the ledger sees them, opens them only for audiences the
 * {@link TestimonyPolicy} allows, and checks at start that the keys given fit the store.
 *
 * <pre>{@code
 * WitnessProtection p = WitnessProtection.open(store.testimony(), keysOrNull); // refuses a wrong or missing key
 * p.add(incidentId, statement, new WitnessIdentity("…", "…"));
 * p.forIncident(incidentId, Audience.REVIEWER);                                // no identity in these
 * }</pre>
 */
public final class WitnessProtection {
    public static final String KEY_HINT = "give the key with --key-file FILE, or set GROUNDTRUTH_KEY_FILE (a key file) or GROUNDTRUTH_KEY (base64)";

    private final TestimonyLedger ledger;
    private final KeyRing keys;

    private WitnessProtection(TestimonyLedger ledger, KeyRing keys) {
        this.ledger = ledger;
        this.keys = keys;
    }

    /**
     * Checks the keys against the store and returns the protection to use. Refuses (with one line saying what to do)
     * a store that holds protected data when no key is given, a key whose check value differs from the one recorded
     * for its id, and a ring that lacks a key still sealing stored identities (the wrong key).
     *
     * @param keys the operator's keys, or null when none was given
     */
    public static WitnessProtection open(TestimonyLedger ledger, KeyRing keys) {
        long held = ledger.count();
        if (keys == null) {
            if (held > 0) {
                throw new ProtectionException("this store holds " + held + " witness statement" + (held == 1 ? "" : "s")
                        + " with protected identities and no testimony key was given; " + KEY_HINT);
            }
            return new WitnessProtection(ledger, null);
        }
        List<KeyCheck> recorded = ledger.keyChecks();
        for (TestimonyKey k : keys.keys()) {
            for (KeyCheck r : recorded) {
                if (r.keyId().equals(k.keyId()) && !k.matches(r)) {
                    throw new ProtectionException("the testimony key " + k.keyId() + " does not match the key check value this store recorded for it; wrong key");
                }
            }
        }
        Set<String> missing = new HashSet<>(ledger.keyIdsInUse());
        keys.keys().forEach(k -> missing.remove(k.keyId()));
        if (!missing.isEmpty()) {
            boolean anyKnown = keys.keys().stream().anyMatch(k -> recorded.stream().anyMatch(r -> r.keyId().equals(k.keyId())));
            String ids = String.join(", ", missing.stream().sorted().toList());
            throw new ProtectionException(anyKnown
                    ? "the testimony keys given lack key " + ids + ", which still seals stored identities; add it to the key file"
                    : "wrong testimony key: the key given (id " + keys.primary().keyId() + ") is not the key this store's witness identities were sealed with (id " + ids + ")");
        }
        return new WitnessProtection(ledger, keys);
    }

    public boolean hasKey() {
        return keys != null;
    }

    /** Adds a statement with its witness's identity sealed under the primary key, by the application itself. */
    public TestimonyView add(long incidentId, Statement statement, WitnessIdentity identity) {
        return add(incidentId, statement, identity, ChangeNote.system("store"));
    }

    /** Adds a statement with its witness's identity sealed under the primary key; {@code note} says who, for the audit log. */
    public TestimonyView add(long incidentId, Statement statement, WitnessIdentity identity, ChangeNote note) {
        KeyRing ring = requireKeys("adding a statement");
        StoredTestimony stored = ledger.add(incidentId, statement, ring.primary().check(), note, id -> seal(ring, id, identity));
        return TestimonyView.of(stored, Audience.ADMIN, identity);
    }

    /** The statements of an incident that {@code audience} may see, as it may see them. */
    public List<TestimonyView> forIncident(long incidentId, Audience audience) {
        List<TestimonyView> out = new ArrayList<>();
        for (StoredTestimony t : ledger.byIncident(incidentId)) {
            if (TestimonyPolicy.mayList(audience, t.statement().consent())) out.add(view(t, audience));
        }
        return out;
    }

    /** One statement as {@code audience} may see it; empty when it does not exist or the audience may not list it. */
    public Optional<TestimonyView> find(long testimonyId, Audience audience) {
        return ledger.find(testimonyId).filter(t -> TestimonyPolicy.mayList(audience, t.statement().consent())).map(t -> view(t, audience));
    }

    /** Seals every stored identity again under the primary key (after a new key was put first); returns how many. */
    public int resealAll(ChangeNote note) {
        KeyRing ring = requireKeys("re-sealing");
        int n = 0;
        for (StoredTestimony t : ledger.all()) {
            WitnessIdentity identity = open(ring, t);
            ledger.reseal(t.id(), seal(ring, t.id(), identity), ring.primary().check(), note);
            n++;
        }
        return n;
    }

    /**
     * Seals another protected value with the same keys, bound to its place ({@code "intake-text/12/contact"}): a public
     * submitter's contact is protected like a witness identity (issue 13).
     */
    public Sealed seal(String value, String where) {
        return requireKeys("sealing a contact").seal(value, where);
    }

    /** Opens a value {@link #seal} sealed for {@code where}. */
    public String open(Sealed sealed, String where) {
        return requireKeys("opening a contact").open(sealed, where);
    }

    private TestimonyView view(StoredTestimony t, Audience audience) {
        WitnessIdentity opened = null;
        if (TestimonyPolicy.mayOpenIdentity(audience)) opened = open(requireKeys("opening a witness identity"), t);
        return TestimonyView.of(t, audience, opened);
    }

    private static SealedIdentity seal(KeyRing ring, long id, WitnessIdentity identity) {
        return new SealedIdentity(ring.seal(identity.name(), SealedIdentity.place(id, "name")),
                identity.contact() == null ? null : ring.seal(identity.contact(), SealedIdentity.place(id, "contact")));
    }

    private static WitnessIdentity open(KeyRing ring, StoredTestimony t) {
        String name = ring.open(t.identity().name(), SealedIdentity.place(t.id(), "name"));
        String contact = t.identity().contact() == null ? null : ring.open(t.identity().contact(), SealedIdentity.place(t.id(), "contact"));
        return new WitnessIdentity(name, contact);
    }

    private KeyRing requireKeys(String doing) {
        if (keys == null) throw new ProtectionException(doing + " needs the testimony key, and none was given; " + KEY_HINT);
        return keys;
    }
}
