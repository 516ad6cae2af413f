package org.groundtruth.intake.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.groundtruth.evidence.BundlePublicKey;
import org.groundtruth.evidence.ChainBreak;
import org.groundtruth.evidence.CustodyAction;
import org.groundtruth.evidence.CustodyChain;
import org.groundtruth.evidence.CustodyEntry;
import org.groundtruth.evidence.CustodyEvent;
import org.groundtruth.evidence.Sha256;
import org.groundtruth.evidence.SigningKey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks an evidence bundle on any machine, with nothing but the bundle: every file listed in the manifest is there
 * and hashes to what the manifest says (else ALTERED or REMOVED), nothing is there that the manifest does not list
 * (ADDED), and every file's chain of custody is unbroken, belongs to that file, and ends at the manifest's custody
 * head (CUSTODY), and the manifest carries a valid Ed25519 signature (SIGNATURE) — by the key given, when one is
 * (decision 0610). Unsafe archives are refused by {@link SafeZip} before anything is inflated.
 *
 * <p>Without a trusted key the check proves only that the bundle is consistent and was signed by the key it names:
 * anyone can make such a bundle with a key of their own. With the store's public key ({@code --key}) it also proves
 * that this store signed this manifest, unchanged.
 */
public final class BundleVerifier {
    static final int MAX_JSON_BYTES = 64 << 20;

    /** One finding. */
    public record Finding(Kind kind, String what, String detail) {
        public enum Kind { ALTERED, ADDED, REMOVED, CUSTODY, MANIFEST, SIGNATURE }

        public String describe() {
            return kind + " " + what + ": " + detail;
        }
    }

    /**
     * What was checked and found.
     *
     * @param signedBy   the key whose valid signature the manifest carries, or null (unsigned, or the signature fails)
     * @param keyChecked whether the signature was checked against a key the caller trusts (else only against the key
     *                   the bundle itself names)
     */
    public record Report(int filesChecked, int entriesChecked, List<Finding> findings, BundlePublicKey signedBy, boolean keyChecked) {
        public boolean intact() {
            return findings.isEmpty();
        }
    }

    private BundleVerifier() {
    }

    /** Checks the bundle against the key it names itself: consistency, not origin (see {@link #verify(Path, BundlePublicKey)}). */
    public static Report verify(Path bundle) {
        return verify(bundle, SafeZip.Limits.DEFAULT, null);
    }

    /** Checks the bundle, and that its manifest was signed by {@code trusted} (null: by the key it names). */
    public static Report verify(Path bundle, BundlePublicKey trusted) {
        return verify(bundle, SafeZip.Limits.DEFAULT, trusted);
    }

    public static Report verify(Path bundle, SafeZip.Limits limits) {
        return verify(bundle, limits, null);
    }

    public static Report verify(Path bundle, SafeZip.Limits limits, BundlePublicKey trusted) {
        try (SafeZip zip = SafeZip.open(bundle, limits)) {
            Map<String, ZipArchiveEntry> byName = new LinkedHashMap<>();
            for (ZipArchiveEntry e : zip.entries()) if (!e.isDirectory()) byName.put(e.getName(), e);
            List<Finding> findings = new ArrayList<>();
            ZipArchiveEntry manifestEntry = byName.remove(EvidenceBundle.MANIFEST);
            if (manifestEntry == null) throw new BundleRefusedException(bundle + " has no " + EvidenceBundle.MANIFEST + "; it is not an evidence bundle");
            byte[] manifestBytes = bytes(zip, manifestEntry, bundle);
            JsonNode manifest = json(manifestBytes, manifestEntry, bundle);
            if (!EvidenceBundle.FORMAT.equals(manifest.path("format").asText())) {
                throw new BundleRefusedException(bundle + ": " + EvidenceBundle.MANIFEST + " is not a " + EvidenceBundle.FORMAT + " manifest");
            }
            List<Finding> signatureFindings = new ArrayList<>();
            BundlePublicKey signedBy = checkSignature(zip, byName.remove(EvidenceBundle.SIGNATURE), manifestBytes, trusted, bundle, signatureFindings);
            findings.addAll(signatureFindings);
            ZipArchiveEntry custodyEntry = byName.remove(EvidenceBundle.CUSTODY);
            JsonNode custody = null;
            if (custodyEntry == null) findings.add(new Finding(Finding.Kind.REMOVED, EvidenceBundle.CUSTODY, "the custody log is missing"));
            else custody = json(bytes(zip, custodyEntry, bundle), custodyEntry, bundle);

            int files = 0;
            int entries = 0;
            Map<String, String> chainsSeen = new TreeMap<>();
            if (custody != null) for (Iterator<String> it = custody.fieldNames(); it.hasNext(); ) chainsSeen.put(it.next(), "");
            byte[] buffer = new byte[1 << 20];
            for (JsonNode f : manifest.path("files")) {
                files++;
                String path = f.path("path").asText();
                String sha = f.path("sha256").asText();
                ZipArchiveEntry e = byName.remove(path);
                if (e == null) {
                    findings.add(new Finding(Finding.Kind.REMOVED, path, "listed in the manifest (SHA-256 " + sha + ") but not in the bundle"));
                } else {
                    MessageDigest digest = Sha256.newDigest();
                    long size = 0;
                    try (InputStream in = zip.open(e)) {
                        for (int n; (n = in.read(buffer)) >= 0; ) {
                            digest.update(buffer, 0, n);
                            size += n;
                        }
                    } catch (IOException ex) {
                        throw new BundleRefusedException(bundle + ": entry '" + path + "' cannot be read: " + ex.getMessage(), ex);
                    }
                    String found = Sha256.of(digest.digest()).hex();
                    if (!found.equals(sha)) {
                        findings.add(new Finding(Finding.Kind.ALTERED, path, "expected SHA-256 " + sha + ", found " + found
                                + (size != f.path("sizeBytes").asLong() ? " (size " + f.path("sizeBytes").asLong() + " bytes expected, " + size + " found)" : "")));
                    }
                }
                chainsSeen.remove(sha);
                if (custody != null) {
                    JsonNode chainJson = custody.get(sha);
                    if (chainJson == null) {
                        findings.add(new Finding(Finding.Kind.CUSTODY, path, "no chain of custody for SHA-256 " + sha));
                        continue;
                    }
                    List<CustodyEntry> chain = chain(chainJson, sha, path, findings);
                    entries += chain.size();
                    Sha256 fileSha;
                    try {
                        fileSha = new Sha256(sha);
                    } catch (IllegalArgumentException bad) {
                        findings.add(new Finding(Finding.Kind.MANIFEST, path, "SHA-256 '" + sha + "' is not a SHA-256"));
                        continue;
                    }
                    for (ChainBreak b : CustodyChain.verify(fileSha, chain)) {
                        findings.add(new Finding(Finding.Kind.CUSTODY, path, "entry " + b.seq() + ": " + b.problem() + " (expected " + b.expected() + ", found " + b.found() + ")"));
                    }
                    String head = f.path("custodyHead").asText();
                    String last = chain.isEmpty() ? "none" : chain.getLast().entryHash().hex();
                    if (!head.equals(last)) findings.add(new Finding(Finding.Kind.CUSTODY, path, "chain ends at " + last + " but the manifest says " + head + " (entries removed or added at the end)"));
                    if (f.path("custodyEntries").asInt(-1) != chain.size()) {
                        findings.add(new Finding(Finding.Kind.CUSTODY, path, "manifest says " + f.path("custodyEntries").asInt(-1) + " custody entries, the log has " + chain.size()));
                    }
                }
            }
            for (String extra : byName.keySet()) findings.add(new Finding(Finding.Kind.ADDED, extra, "in the bundle but not listed in the manifest"));
            for (String chain : chainsSeen.keySet()) findings.add(new Finding(Finding.Kind.ADDED, EvidenceBundle.CUSTODY + " " + chain, "a chain of custody for a file the manifest does not list"));
            return new Report(files, entries, findings, signatureFindings.isEmpty() ? signedBy : null, trusted != null);
        }
    }

    /**
     * The key that validly signed the manifest's exact bytes, or null with a SIGNATURE finding: no signature, a
     * malformed one, one that does not match the manifest (edited after signing), or one by another key than
     * {@code trusted}.
     */
    private static BundlePublicKey checkSignature(SafeZip zip, ZipArchiveEntry entry, byte[] manifestBytes, BundlePublicKey trusted, Path bundle,
                                                  List<Finding> findings) {
        String what = EvidenceBundle.MANIFEST;
        if (entry == null) {
            findings.add(new Finding(Finding.Kind.SIGNATURE, what, "not signed (" + EvidenceBundle.SIGNATURE + " is missing): nothing shows which store made this bundle"));
            return null;
        }
        JsonNode sig = json(bytes(zip, entry, bundle), entry, bundle);
        if (!SigningKey.ALGORITHM.equals(sig.path("algorithm").asText())) {
            findings.add(new Finding(Finding.Kind.SIGNATURE, what, EvidenceBundle.SIGNATURE + " is not an " + SigningKey.ALGORITHM + " signature"));
            return null;
        }
        BundlePublicKey key;
        byte[] signature;
        try {
            key = BundlePublicKey.parse(sig.path("publicKey").asText());
            signature = java.util.Base64.getDecoder().decode(sig.path("signature").asText());
        } catch (IllegalArgumentException bad) {
            findings.add(new Finding(Finding.Kind.SIGNATURE, what, EvidenceBundle.SIGNATURE + " is malformed: " + bad.getMessage()));
            return null;
        }
        if (!key.verifies(manifestBytes, signature)) {
            findings.add(new Finding(Finding.Kind.SIGNATURE, what, "the signature does not match the manifest: " + what
                    + " was changed after it was signed"));
            return null;
        }
        if (trusted != null && !trusted.equals(key)) {
            findings.add(new Finding(Finding.Kind.SIGNATURE, what, "signed by key " + key.fingerprint() + " (" + key.text()
                    + "), not by the key given, " + trusted.fingerprint() + ": another key made or re-signed this bundle"));
            return null;
        }
        return key;
    }

    private static byte[] bytes(SafeZip zip, ZipArchiveEntry e, Path bundle) {
        return zip.readSmall(e, MAX_JSON_BYTES);
    }

    private static JsonNode json(byte[] bytes, ZipArchiveEntry e, Path bundle) {
        try {
            return org.groundtruth.intake.read.StrictJson.MAPPER.readTree(bytes); // a key given twice is refused (0613)
        } catch (IOException ex) {
            throw new BundleRefusedException(bundle + ": " + e.getName() + " is not valid JSON: " + ex.getMessage(), ex);
        }
    }

    private static List<CustodyEntry> chain(JsonNode entries, String sha, String path, List<Finding> findings) {
        List<CustodyEntry> chain = new ArrayList<>();
        for (JsonNode j : entries) {
            try {
                Map<String, String> details = new TreeMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = j.path("details").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> d = it.next();
                    details.put(d.getKey(), d.getValue().asText());
                }
                CustodyEvent event = new CustodyEvent(CustodyAction.valueOf(j.path("action").asText()), j.path("actor").asText(),
                        Instant.parse(j.path("at").asText()), details);
                chain.add(new CustodyEntry(new Sha256(j.path("file").asText()), j.path("seq").asInt(), event,
                        new Sha256(j.path("previousHash").asText()), new Sha256(j.path("entryHash").asText())));
            } catch (RuntimeException bad) {
                findings.add(new Finding(Finding.Kind.CUSTODY, path, "entry " + j.path("seq").asText("?") + " is malformed: " + bad.getMessage()));
            }
        }
        return chain;
    }
}
