package org.groundtruth.testimony;

/**
 * Who the witness is and how to reach them: the protected part of a statement. Sealed before it is stored, opened
 * only for roles allowed to see it. {@link #toString()} never shows it, so that it cannot slip into a log line.
 *
 * @param name    the witness's name as they gave it; required
 * @param contact phone, address, messenger handle... or null
 */
public record WitnessIdentity(String name, String contact) {
    public static final int MAX_CHARS = 4_000;

    public WitnessIdentity {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("identity: the witness's name is required");
        name = name.strip();
        if (contact != null && contact.isBlank()) contact = null;
        if (contact != null) contact = contact.strip();
        if (name.length() > MAX_CHARS) throw new IllegalArgumentException("identity: the name is longer than " + MAX_CHARS + " characters");
        if (contact != null && contact.length() > MAX_CHARS) throw new IllegalArgumentException("identity: the contact details are longer than " + MAX_CHARS + " characters");
    }

    @Override
    public String toString() {
        return "WitnessIdentity[protected]";
    }
}
