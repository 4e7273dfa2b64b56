package jp.konbini.crypto.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files so that a reader never sees half a file and a secret is never readable by others.
 *
 * <p>Every write goes to a temporary file in the target's directory and is then moved over the target
 * atomically. A secret's temporary file is created with POSIX {@code 0600} <em>before</em> any byte is
 * written, so no other user can open it between creation and a later {@code chmod}.
 */
public final class SecureFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> WORLD_READABLE_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private SecureFiles() {
    }

    /** Writes {@code content} to {@code file}, readable and writable by the owner only ({@code 0600}). */
    public static void writeSecret(Path file, byte[] content) throws IOException {
        write(file, content, true);
    }

    /** Writes {@code content} to {@code file}, readable by everyone ({@code 0644}): certificates, not keys. */
    public static void writePublic(Path file, byte[] content) throws IOException {
        write(file, content, false);
    }

    /** Creates {@code dir} and any missing parents as {@code 0700}, and sets {@code dir} itself to {@code 0700}. */
    public static void createPrivateDirectory(Path dir) throws IOException {
        if (isPosix(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
            Files.setPosixFilePermissions(dir, OWNER_ONLY_DIR);
        } else {
            Files.createDirectories(dir);
        }
    }

    private static void write(Path file, byte[] content, boolean secret) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        boolean posix = isPosix(dir);
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)}
                : new FileAttribute<?>[0];
        Path temporary = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp", attributes);
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                // Durable before the rename: a crash must leave the old file or the new one, never an empty one.
                channel.force(true);
            }
            if (posix && !secret) {
                Files.setPosixFilePermissions(temporary, WORLD_READABLE_FILE);
            }
            moveIntoPlace(temporary, target);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean isPosix(Path dir) {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
