package vn.loa.agent.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.stream.Stream;
import vn.loa.media.ContentStore;

/**
 * Renditions on the station PC, by content hash ({@code DATA/cache/<sha256>.mp3}), within a disk quota.
 * A download resumes from its {@code .part} file; it enters the cache only after its SHA-256 matches, and
 * a cached file is checked again before it airs: a file that does not match is deleted and fetched
 * again, never played. What the schedule no longer needs is evicted first; when the quota is still too
 * small, the renditions needed soonest are the ones kept (the caller fetches soonest first).
 */
public final class MediaCache {

    private final Path dir;
    private final long quotaBytes;

    public MediaCache(Path dataDir, long quotaBytes) {
        this.dir = dataDir.resolve("cache");
        this.quotaBytes = quotaBytes;
    }

    /** The fingerprints of the renditions here. */
    public RenditionPrints prints() {
        return new RenditionPrints(dir);
    }

    public Path path(String sha256) {
        return dir.resolve(sha256 + ".mp3");
    }

    public boolean has(String sha256) {
        return Files.exists(path(sha256));
    }

    public long quotaBytes() {
        return quotaBytes;
    }

    /** Downloads the rendition unless a verified copy is here; throws when the bytes do not match. */
    public Path fetch(Download download, String sha256) throws IOException {
        Path target = path(sha256);
        if (Files.exists(target)) {
            return target;
        }
        Files.createDirectories(dir);
        Path partial = dir.resolve(sha256 + ".part");
        download.into(sha256, partial);
        String actual = ContentStore.sha256(partial);
        if (!actual.equals(sha256)) {
            Files.deleteIfExists(partial);
            throw new IOException("rendition " + sha256 + " arrived corrupt (sha256 " + actual + "); will fetch again");
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

    /** Deletes every rendition (and unfinished download) not in {@code needed}; returns how many. */
    public int evictAllBut(Set<String> needed) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int evicted = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                String sha256 = name.substring(0, Math.max(0, name.indexOf('.')));
                if (!needed.contains(sha256)) {
                    try {
                        Files.deleteIfExists(f);
                        evicted++;
                    } catch (IOException e) {
                        // in use (Windows keeps open files): evicted at the next sync
                    }
                }
            }
        }
        return evicted;
    }

    public long usedBytes() throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            long total = 0;
            for (Path f : (Iterable<Path>) files::iterator) {
                total += Files.size(f);
            }
            return total;
        }
    }
}
