package vn.loa.scheduler.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.loa.media.ContentStore;

/**
 * A consistent copy of a scheduler's data while it runs, and putting one back. The store is copied
 * with SQLite's {@code VACUUM INTO} (one read transaction: every commit before it, none after, and
 * no pause for the server's writers); then the media folder, whose files are written once under
 * their SHA-256 and never changed, so every rendition the copied store names is in the copy. The
 * copy is checked before it is called done.
 */
public final class Backup {

    static final String STORE = "loa.db";
    static final String MEDIA = "media";

    /** What a backup or restore did. */
    public record Summary(Path store, long storeBytes, int mediaFiles, long mediaBytes, int renditions) {
    }

    private Backup() {
    }

    /** Copies {@code dataDir} into {@code to}, which must not exist or be empty. */
    public static Summary backup(Path dataDir, Path to) {
        Path source = dataDir.resolve(STORE);
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException("Không có kho dữ liệu " + source + " / No store at " + source);
        }
        try {
            if (Files.exists(to) && (!Files.isDirectory(to) || Files.list(to).findAny().isPresent())) {
                throw new IllegalArgumentException("Thư mục sao lưu phải mới hoặc trống: " + to
                        + " / The backup folder must be new or empty: " + to);
            }
            Files.createDirectories(to);
            Path copy = to.resolve(STORE);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source.toAbsolutePath());
                 PreparedStatement s = c.prepareStatement("VACUUM INTO ?")) {
                s.setString(1, copy.toAbsolutePath().toString());
                s.execute();
            }
            long[] media = copyTree(dataDir.resolve(MEDIA), to.resolve(MEDIA));
            int renditions = requireRenditions(copy, to.resolve(MEDIA));
            Files.writeString(to.resolve("BACKUP.txt"), "Loa backup " + Instant.now() + "\nfrom " + dataDir.toAbsolutePath()
                    + "\nrenditions " + renditions + ", media files " + media[0] + "\n");
            return new Summary(copy, Files.size(copy), (int) media[0], media[1], renditions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("sao lưu kho dữ liệu thất bại / store backup failed: " + e.getMessage(), e);
        }
    }

    /**
     * Puts a backup back into {@code dataDir} (the server stopped). An existing store is kept beside it
     * as {@code loa.db.before-restore-…}, never deleted; media files are added, none removed.
     */
    public static Summary restore(Path from, Path dataDir) {
        Path copy = from.resolve(STORE);
        if (!Files.isRegularFile(copy)) {
            throw new IllegalArgumentException("Không phải bản sao lưu của Loa (thiếu " + STORE + "): " + from
                    + " / Not a Loa backup (no " + STORE + "): " + from);
        }
        try {
            int renditions = requireRenditions(copy, from.resolve(MEDIA));
            Files.createDirectories(dataDir);
            Path target = dataDir.resolve(STORE);
            if (Files.exists(target)) {
                Path aside = dataDir.resolve(STORE + ".before-restore-" + Instant.now().toString().replace(':', '-'));
                Files.move(target, aside);
                for (String suffix : List.of("-wal", "-shm")) {
                    Path extra = dataDir.resolve(STORE + suffix);
                    if (Files.exists(extra)) {
                        Files.move(extra, dataDir.resolve(aside.getFileName() + suffix));
                    }
                }
            }
            Files.copy(copy, target, StandardCopyOption.COPY_ATTRIBUTES);
            long[] media = copyTree(from.resolve(MEDIA), dataDir.resolve(MEDIA));
            return new Summary(target, Files.size(target), (int) media[0], media[1], renditions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("không đọc được bản sao lưu / cannot read the backup: " + e.getMessage(), e);
        }
    }

    /** Every rendition the store names must be a file under {@code media} with its SHA-256; returns how many. */
    private static int requireRenditions(Path store, Path media) throws SQLException {
        ContentStore content = new ContentStore(media);
        List<String> missing = new ArrayList<>();
        int count = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store.toAbsolutePath());
             PreparedStatement s = c.prepareStatement("SELECT content_sha256 FROM program_rendition");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                count++;
                if (content.find(r.getString(1), "mp3").isEmpty()) {
                    missing.add(r.getString(1));
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("thiếu " + missing.size() + " tệp bản phát sóng / " + missing.size()
                    + " rendition files missing: " + missing.subList(0, Math.min(5, missing.size())));
        }
        return count;
    }

    /** Copies files not already there (same size), skipping unfinished temporary files; [files, bytes]. */
    private static long[] copyTree(Path from, Path to) throws IOException {
        long[] copied = {0, 0};
        if (!Files.isDirectory(from)) {
            return copied;
        }
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.getFileName().toString().equals("tmp")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path target = to.resolve(from.relativize(file).toString());
                if (!Files.exists(target) || Files.size(target) != attrs.size()) {
                    Path partial = target.resolveSibling(target.getFileName() + ".part");
                    Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    copied[0]++;
                    copied[1] += attrs.size();
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return copied;
    }
}
