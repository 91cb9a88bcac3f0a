package vn.loa.agent.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import vn.loa.agent.sync.ServerClient;
import vn.loa.media.ContentStore;

/**
 * Renditions on the station PC, by content hash ({@code DATA/cache/<sha256>.mp3}). A download resumes
 * from its {@code .part} file; it enters the cache only after its SHA-256 matches, and a cached file is
 * checked again before it airs: a file that does not match is deleted and fetched again, never played.
 */
public final class MediaCache {

    private final Path dir;

    public MediaCache(Path dataDir) {
        this.dir = dataDir.resolve("cache");
    }

    public Path path(String sha256) {
        return dir.resolve(sha256 + ".mp3");
    }

    /** Downloads the rendition unless a verified copy is here; throws when the bytes do not match. */
    public Path fetch(ServerClient server, String sha256) throws IOException {
        Path target = path(sha256);
        if (Files.exists(target)) {
            return target;
        }
        Files.createDirectories(dir);
        Path partial = dir.resolve(sha256 + ".part");
        server.download(sha256, partial);
        String actual = ContentStore.sha256(partial);
        if (!actual.equals(sha256)) {
            Files.deleteIfExists(partial);
            throw new IOException("[sync] rendition " + sha256 + " arrived corrupt (sha256 " + actual + "); will fetch again");
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** True when the cached file is there and still has the bytes its name promises; a bad one is removed. */
    public boolean verified(String sha256) throws IOException {
        Path file = path(sha256);
        if (!Files.exists(file)) {
            return false;
        }
        if (ContentStore.sha256(file).equals(sha256)) {
            return true;
        }
        Files.delete(file);
        return false;
    }
}
