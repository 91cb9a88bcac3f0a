package vn.loa.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Files stored by the SHA-256 of their content ({@code ab/abcdef….mp3}): the same audio is stored
 * once however often it is uploaded, and a name can never point at other bytes. Files arrive under a
 * temporary name in the same folder tree and are moved into place atomically, so a crash leaves the
 * old state or the new, never half a file. Thread-safe.
 */
public final class ContentStore {

    /** A stored file. */
    public record Stored(String sha256, Path path, long sizeBytes) {
    }

    private final Path root;

    public ContentStore(Path root) {
        this.root = root;
    }

    /** A fresh temporary file inside the store, on the same file system as its final place. */
    public Path newTempFile(String suffix) {
        try {
            Path tmp = root.resolve("tmp");
            Files.createDirectories(tmp);
            return Files.createTempFile(tmp, "part-", suffix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file in " + root, e);
        }
    }

    /** Moves {@code temp} into the store under its content hash (or drops it, when that content is already there). */
    public Stored put(Path temp, String extension) {
        try {
            String hash = sha256(temp);
            Path target = pathOf(hash, extension);
            long size = Files.size(temp);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(temp);
            } else {
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException e) {
                    Files.deleteIfExists(temp);
                } catch (AtomicMoveNotSupportedException e) {
                    throw new IllegalStateException("the media folder must allow atomic moves: " + root, e);
                }
            }
            return new Stored(hash, target, size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + temp, e);
        }
    }

    public Optional<Path> find(String sha256, String extension) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        Path path = pathOf(sha256, extension);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    private Path pathOf(String sha256, String extension) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256 + "." + extension);
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
