package org.groundtruth.app.evidence;

import org.groundtruth.app.UserException;
import org.groundtruth.evidence.BundlePublicKey;
import org.groundtruth.evidence.SigningKey;
import org.groundtruth.storage.files.OwnerOnly;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * The evidence signing key file (decision 0610): text, {@code public ed25519:BASE64} and {@code private BASE64}
 * (PKCS#8) lines, {@code #} comments. Created owner-only (0600, its directory 0700) the first time a bundle is signed
 * or the public key asked for, and refused when group or others may read it. Problems name the file and line, never
 * the key.
 */
public final class SigningKeyFiles {
    private static final String HEADER = """
            # Groundtruth evidence signing key. Whoever holds this file can sign evidence bundles as this store.
            # Keep it outside the data directory, readable by its owner only, and back it up: bundles signed with it
            # are checked against its public key, which may be published (groundtruth evidence public-key).
            """;

    private SigningKeyFiles() {
    }

    /** What {@code serve} prints: the public key bundles are signed with, and how to check one. */
    public static String announce(SigningKey key) {
        return "Evidence bundles are signed with " + key.publicKey().text() + " (fingerprint " + key.publicKey().fingerprint()
                + "); check one with: groundtruth verify-bundle FILE --key " + key.publicKey().text();
    }

    /** The key in {@code file}, created there first if there is none. */
    public static SigningKey readOrCreate(Path file) {
        if (!Files.exists(file)) create(file);
        return read(file);
    }

    public static SigningKey read(Path file) {
        try {
            if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
                if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)) {
                    throw new UserException("signing key file " + file + " is readable by others; make it owner-only: chmod 600 " + file);
                }
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String publicText = null;
            byte[] privateBytes = null;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] parts = line.split("\\s+");
                String where = "signing key file " + file + ", line " + (i + 1);
                if (parts.length == 2 && parts[0].equals("public")) publicText = parts[1];
                else if (parts.length == 2 && parts[0].equals("private")) {
                    try {
                        privateBytes = Base64.getDecoder().decode(parts[1]);
                    } catch (IllegalArgumentException e) {
                        throw new UserException(where + ": the private key is not base64");
                    }
                } else throw new UserException(where + ": expected 'public ed25519:BASE64' or 'private BASE64'");
            }
            if (publicText == null || privateBytes == null) throw new UserException("signing key file " + file + " lacks its public or private line");
            try {
                return SigningKey.of(privateBytes, BundlePublicKey.parse(publicText));
            } catch (IllegalArgumentException e) {
                throw new UserException("signing key file " + file + ": " + e.getMessage());
            }
        } catch (IOException e) {
            throw new UserException("cannot read signing key file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes a new key to {@code file} (owner-only); if another process created one meanwhile, that one stays. */
    static void create(Path file) {
        SigningKey key = SigningKey.generate(new SecureRandom());
        String text = HEADER + "# fingerprint " + key.publicKey().fingerprint() + "\n"
                + "public " + key.publicKey().text() + "\n"
                + "private " + Base64.getEncoder().encodeToString(key.encodedPrivate()) + "\n";
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            if (!Files.isDirectory(dir)) OwnerOnly.directory(dir);
            tmp = Files.createTempFile(dir, "." + file.getFileName(), ".new", OwnerOnly.attributes(OwnerOnly.FILE));
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE); // never replaces a key another process just made
            } catch (FileAlreadyExistsException raced) {
                // that key is the one
            }
        } catch (IOException e) {
            throw new UserException("cannot create the signing key file " + file + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stray temporary beside the key
                }
            }
        }
    }
}
