package org.groundtruth.app;

import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentStore;

/**
 * An incident as a command-line argument names it: the internal number (what {@code list} and the audit log show)
 * or the public id that the public pages and API carry (decision 0740); either finds the same incident.
 */
public final class IncidentArg {
    private IncidentArg() {
    }

    public static Incident resolve(IncidentStore store, String text) {
        if (text == null || text.isBlank()) throw new UserException("give an incident: its number or its public id");
        return store.findByEitherId(text.strip()).orElseThrow(() -> new UserException("no incident " + text.strip()
                + " in " + store.info().location() + " (give its number or its public id)"));
    }
}
