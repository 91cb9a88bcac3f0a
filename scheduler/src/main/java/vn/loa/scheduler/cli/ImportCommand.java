package vn.loa.scheduler.cli;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import vn.loa.scheduler.MediaLibrary;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.config.SchedulerConfig;
import vn.loa.scheduler.domain.OrgUnit;
import vn.loa.scheduler.domain.OrgUnitLevel;
import vn.loa.scheduler.domain.programs.Program;
import vn.loa.scheduler.domain.programs.ProgramStatus;
import vn.loa.scheduler.programs.ProgramIngestion;
import vn.loa.scheduler.programs.ProgramLibrary;
import vn.loa.scheduler.programs.SourceNames;
import vn.loa.scheduler.programs.Upload;
import vn.loa.scheduler.store.Stores;
import vn.loa.scheduler.store.Store;

/**
 * {@code import --data DIR [--unit CODE] [--json] FILE_OR_FOLDER…}: what planners do with a USB stick
 * of programs. Every file goes through the same ingest as an upload; one line (or one JSON object) per
 * file says what became of it. Folders are read recursively, hidden files skipped, in name order.
 */
public final class ImportCommand {

    private final SchedulerConfig config;
    private final PrintStream out;
    private final Clock clock;

    public ImportCommand(SchedulerConfig config, PrintStream out, Clock clock) {
        this.config = config;
        this.out = out;
        this.clock = clock;
    }

    /** @return the process exit code: 0 when every file was accepted, 1 when any was refused */
    public int run(String unitFlag, boolean json, List<String> paths) {
        if (paths.isEmpty()) {
            throw new Flags.UsageException("Hãy chỉ ra tệp hoặc thư mục cần nhập / Name files or folders to import");
        }
        List<Path> files = collect(paths);
        try (Store store = Stores.open(config.storeUrl(), config.dataDir(), config.storeBusyTimeoutMillis())) {
            String unit = unitFlag != null ? unitFlag : defaultUnit(store);
            MediaLibrary library = MediaLibrary.open(config, store, clock);
            Caller caller = Caller.system("import", "cli");
            ProgramLibrary programs = new ProgramLibrary(store, library.contentStore(), config.dataDir().resolve("uploads"),
                    clock, () -> { }, config.media().loudness());
            JsonArray results = new JsonArray();
            boolean anyRefused = false;
            for (Path file : files) {
                Program program = ingestOne(programs, library.ingestion(), file, unit, caller);
                JsonObject result = result(file, program, library);
                anyRefused |= !result.getBoolean("accepted");
                results.add(result);
                if (!json) {
                    out.println(line(result));
                }
            }
            if (json) {
                out.println(results.encodePrettily());
            }
            return anyRefused ? 1 : 0;
        }
    }

    private Program ingestOne(ProgramLibrary programs, ProgramIngestion ingestion, Path file, String unit, Caller caller) {
        Path copy = copyAside(file);
        ProgramLibrary.Accepted accepted = programs.accept(caller, new Upload(ProgramIngestionNames.title(file), null, null,
                null, null, unit, List.of(new Upload.File("file", file.getFileName().toString(), copy, sizeOf(file)))));
        return ingestion.process(accepted.program().id(), accepted.source(), caller.actor());
    }

    /** Ingest deletes what it processed; the planner's own file on the stick is never touched. */
    private Path copyAside(Path file) {
        try {
            Path holding = config.dataDir().resolve("uploads");
            Files.createDirectories(holding);
            Path copy = Files.createTempFile(holding, "import-", ".src");
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private JsonObject result(Path file, Program p, MediaLibrary library) {
        JsonObject r = new JsonObject().put("file", file.toString()).put("program_id", p.id())
                .put("accepted", p.status() == ProgramStatus.READY).put("title", p.title());
        if (p.rendition() != null) {
            r.put("duration_seconds", p.rendition().durationMillis() / 1000.0)
                    .put("loudness_before_lufs", round(p.rendition().loudnessBeforeLufs()))
                    .put("loudness_after_lufs", round(p.rendition().loudnessAfterLufs()))
                    .put("sha256", p.rendition().contentSha256())
                    .put("rendition", library.contentStore().find(p.rendition().contentSha256(), "mp3")
                            .map(Path::toString).orElse(null));
        } else {
            r.put("code", p.rejectionCode()).put("reason", p.rejectionMessage()).put("reason_en", p.rejectionMessageEn());
        }
        return r;
    }

    private static String line(JsonObject r) {
        if (r.getBoolean("accepted")) {
            return String.format(Locale.ROOT, "NHẬN  %s → chương trình #%d \"%s\", %s, %.1f → %.1f LUFS, %s (sha256 %s)",
                    r.getString("file"), r.getLong("program_id"), r.getString("title"),
                    clock(r.getDouble("duration_seconds")), nz(r.getDouble("loudness_before_lufs")),
                    nz(r.getDouble("loudness_after_lufs")), r.getString("rendition"), r.getString("sha256"));
        }
        return "TỪ CHỐI  " + r.getString("file") + " — " + r.getString("reason") + " / " + r.getString("reason_en");
    }

    private static String defaultUnit(Store store) {
        List<OrgUnit> provinces = store.read(r -> r.orgUnits().list(null, OrgUnitLevel.PROVINCE));
        if (provinces.size() == 1) {
            return provinces.get(0).code();
        }
        throw new Flags.UsageException("Hãy chọn đơn vị sản xuất bằng --unit MÃ / Choose the producing unit with --unit CODE");
    }

    private static List<Path> collect(List<String> paths) {
        List<Path> files = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read folder " + path, e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new Flags.UsageException("Không có tệp hay thư mục / No such file or folder: " + p);
            }
        }
        return files;
    }

    private static Double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 10) / 10.0 : null;
    }

    private static double nz(Double v) {
        return v == null ? Double.NaN : v;
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s / 60 + ":" + String.format("%02d", s % 60);
    }

    /** Title of a program made from a file: its name without the extension (ingest may replace it with the tagged title). */
    private static final class ProgramIngestionNames {
        static String title(Path file) {
            String base = SourceNames.withoutExtension(file.getFileName().toString());
            return base.length() > 200 ? base.substring(0, 200) : base;
        }
    }
}
