/**
 * Witness testimony: statements linked to incidents, each with a pseudonym, the consent the witness gave, and the
 * witness's identity and contact details sealed with AES-GCM ({@link org.groundtruth.testimony.KeyRing}) before they
 * reach any store. The {@link org.groundtruth.testimony.TestimonyLedger} port keeps only sealed envelopes;
 * {@link org.groundtruth.testimony.WitnessProtection} seals, checks the key against the store and opens identities
 * only for roles that {@link org.groundtruth.testimony.TestimonyPolicy} allows. Loading a key from a file or the
 * environment is I/O and lives in the app module. Nothing here prints an identity: the types that hold one redact
 * it from {@code toString}.
 */
package org.groundtruth.testimony;
