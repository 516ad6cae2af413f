package org.groundtruth.app;

import org.groundtruth.store.Store;
import org.groundtruth.incident.Incident;

/**
 * An incident as a command-line argument names it: the internal number (what {@code list} and the audit log show)
 * or the public id that the public pages and API carry (decision 0740); either finds the same incident.
 */
public final class IncidentArg {
    private IncidentArg() {
    }

    public static Incident resolve(Store store, String text) {
        if (text == null || text.isBlank()) throw new UserException("give an incident: its number or its public id");
        return store.incidents().findByEitherId(text.strip()).orElseThrow(() -> new UserException("no incident " + text.strip()
                + " in " + store.info().location() + " (give its number or its public id)"));
    }
}
