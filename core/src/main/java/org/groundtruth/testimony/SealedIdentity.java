package org.groundtruth.testimony;

import java.util.Objects;

/** A witness's identity as the store keeps it: the name sealed, the contact details sealed or absent. */
public record SealedIdentity(Sealed name, Sealed contact) {
    public SealedIdentity {
        Objects.requireNonNull(name, "name");
    }

    /** The place a field of a statement is sealed for: the associated data that ties it to its row and field. */
    public static String place(long testimonyId, String field) {
        return "testimony/" + testimonyId + "/" + field;
    }
}
