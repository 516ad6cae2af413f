package org.groundtruth.app.testimony;

import org.groundtruth.app.UserException;
import org.groundtruth.testimony.KeyRing;
import org.groundtruth.testimony.ProtectionException;
import org.groundtruth.testimony.TestimonyKey;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * The key file: text, one {@code key BASE64} line per key (32 bytes each), the first one sealing new values and the
 * others only opening older ones; {@code #} starts a comment. Written with owner-only permissions (0600) and
 * refused when group or others may read it. Problems name the file and line, never the key.
 */
public final class KeyFiles {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String HEADER = """
            # Groundtruth testimony key. Whoever holds this file can read the identities of witnesses.
            # Keep it outside the data directory and the database, readable by its owner only, and back it up:
            # without it the identities stored are lost. The first key seals new values; any below it only open
            # values sealed before a rotation.
            """;

    private KeyFiles() {
    }

    public static KeyRing read(Path file) {
        if (!Files.isRegularFile(file)) throw new UserException("key file " + file + " does not exist (create one with: groundtruth key new --out " + file + ")");
        try {
            if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
                if (perms.contains(PosixFilePermission.GROUP_READ) || perms.contains(PosixFilePermission.OTHERS_READ)) {
                    throw new UserException("key file " + file + " is readable by others (" + PosixFilePermissions.toString(perms)
                            + "); make it owner-only: chmod 600 " + file);
                }
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<TestimonyKey> keys = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] parts = line.split("\\s+");
                if (parts.length != 2 || !parts[0].equals("key")) {
                    throw new UserException("key file " + file + ", line " + (i + 1) + ": expected 'key BASE64'");
                }
                keys.add(decode(parts[1], "key file " + file + ", line " + (i + 1)));
            }
            if (keys.isEmpty()) throw new UserException("key file " + file + " holds no key");
            return new KeyRing(keys);
        } catch (IOException e) {
            throw new UserException("cannot read key file " + file + ": " + e.getMessage(), e);
        }
    }

    /** A key from base64 text (the GROUNDTRUTH_KEY variable, a key file line). */
    public static TestimonyKey decode(String base64, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new UserException(where + ": not base64");
        }
        try {
            return TestimonyKey.of(bytes);
        } catch (ProtectionException e) {
            throw new UserException(where + ": " + e.getMessage());
        }
    }

    /** Creates {@code file} with these keys, owner-only; refuses to overwrite. */
    public static void create(Path file, List<TestimonyKey> keys) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(file, text(keys), StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException e) {
            throw new UserException("key file " + file + " already exists; refusing to overwrite a key (identities sealed with it would be lost)");
        } catch (IOException e) {
            throw new UserException("cannot write key file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Replaces {@code file} with these keys atomically (a temporary owner-only file moved over it). */
    public static void replace(Path file, List<TestimonyKey> keys) {
        Path tmp = file.resolveSibling(file.getFileName() + ".new");
        try {
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(tmp, text(keys), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserException("cannot write key file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String text(List<TestimonyKey> keys) {
        StringBuilder b = new StringBuilder(HEADER);
        for (TestimonyKey k : keys) {
            b.append("# key id ").append(k.keyId()).append('\n');
            b.append("key ").append(Base64.getEncoder().encodeToString(k.encoded())).append('\n');
        }
        return b.toString();
    }
}
