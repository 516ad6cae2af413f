package org.groundtruth.storage.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * The data directory holds witness identities (sealed), evidence files and unpublished material: it and everything
 * in it are for the account that runs Groundtruth only (decision 0611). Directories are 0700, files 0600 (evidence
 * files 0400), whatever the umask; a directory made by an older version, open to others, is tightened file by file
 * the first time it is opened. On a file system without POSIX permissions nothing is changed.
 */
public final class OwnerOnly {
    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> READ_ONLY_FILE = PosixFilePermissions.fromString("r--------");
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private OwnerOnly() {
    }

    /**
     * Creates {@code dir} (and missing parents) owner-only, or makes an existing one owner-only. Returns true when an
     * existing directory was open to others (a store from before this rule), so that its owner can tighten the files
     * it keeps there ({@link #tree}); nothing else in it is touched, as it may not be ours.
     */
    public static boolean directory(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, attributes(DIRECTORY));
                return false;
            }
            if (!posix(dir)) return false;
            if (Files.getPosixFilePermissions(dir).equals(DIRECTORY)) return false;
            Files.setPosixFilePermissions(dir, DIRECTORY);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the directory " + dir + " owner-only: " + e.getMessage(), e);
        }
    }

    /** Takes every group and other permission off {@code file}, if it exists. */
    public static void file(Path file) {
        try {
            if (!Files.exists(file) || !posix(file)) return;
            Set<PosixFilePermission> now = Files.getPosixFilePermissions(file);
            if (now.stream().anyMatch(OTHERS::contains)) {
                Set<PosixFilePermission> tight = EnumSet.noneOf(PosixFilePermission.class);
                tight.addAll(now);
                tight.removeAll(OTHERS);
                Files.setPosixFilePermissions(file, tight);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + file + " owner-only: " + e.getMessage(), e);
        }
    }

    /** Creates an empty file readable and writable by its owner only (fails if it exists). */
    public static Path createFile(Path file) throws IOException {
        return Files.createFile(file, attributes(FILE));
    }

    /** Attributes that create a file or directory with {@code permissions} where the file system has them, else none. */
    public static FileAttribute<?>[] attributes(Set<PosixFilePermission> permissions) {
        boolean posix = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)} : new FileAttribute<?>[0];
    }

    /** Whether {@code p} and everything under it is closed to group and others (tests and checks). */
    public static boolean isOwnerOnly(Path p) throws IOException {
        if (!posix(p)) return true;
        return Files.getPosixFilePermissions(p).stream().noneMatch(OTHERS::contains);
    }

    /** Makes {@code root} and every directory and file under it owner-only (a tree Groundtruth made and keeps). */
    public static void tree(Path root) {
        if (!Files.exists(root) || !posix(root)) return;
        try {
            tightenTree(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + root + " owner-only: " + e.getMessage(), e);
        }
    }

    private static void tightenTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.setPosixFilePermissions(dir, DIRECTORY);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) OwnerOnly.file(file);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static boolean posix(Path p) {
        return Files.getFileAttributeView(p, PosixFileAttributeView.class) != null;
    }
}
