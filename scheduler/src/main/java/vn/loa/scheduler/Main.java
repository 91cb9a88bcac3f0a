package vn.loa.scheduler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.scheduler.access.FirstAdmin;
import vn.loa.scheduler.access.PasswordHasher;
import vn.loa.scheduler.cli.Backup;
import vn.loa.scheduler.cli.Flags;
import vn.loa.scheduler.cli.ImportCommand;
import vn.loa.scheduler.cli.RemapCommand;
import vn.loa.scheduler.cli.VerifyLogCommand;
import vn.loa.scheduler.config.ConfigException;
import vn.loa.scheduler.config.ConfigLoader;
import vn.loa.scheduler.config.SchedulerConfig;
import vn.loa.scheduler.demo.DemoAgents;
import vn.loa.scheduler.demo.DemoRelay;
import vn.loa.scheduler.demo.DemoPrograms;
import vn.loa.scheduler.demo.DemoProvince;
import vn.loa.scheduler.demo.DemoUsers;
import vn.loa.scheduler.imports.ImportResult;
import vn.loa.scheduler.store.Stores;
import vn.loa.scheduler.store.Store;

/**
 * {@code java -jar loa-scheduler.jar serve|demo …}: starts the scheduler and keeps it running until
 * SIGTERM or Ctrl+C, which stop it gracefully.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);
    private static final String DEMO_FREEZE_LEAD_VARIABLE = "LOA_PLANNING_FREEZE_LEAD_SECONDS";

    private static final String USAGE = String.join("\n",
            "Cách dùng / Usage:",
            "  java -jar loa-scheduler.jar serve [--port N] [--data DIR] [--config FILE] [--store postgresql://…]",
            "      chạy máy chủ Loa / run the Loa scheduler (kho mặc định: SQLite trong DIR / default store: SQLite in DIR)",
            "  java -jar loa-scheduler.jar demo [--port N] [--data DIR]",
            "      chạy thử với tỉnh mẫu Thái Nguyên trong thư mục dữ liệu mới / run with the Thái Nguyên demo province",
            "  java -jar loa-scheduler.jar import --data DIR [--unit MÃ] [--json] TỆP_HOẶC_THƯ_MỤC...",
            "      nhập chương trình từ tệp (như từ USB) / import programs from files (as from a USB stick)",
            "  java -jar loa-scheduler.jar rebuild-rollup --data DIR [--config FILE]",
            "      dựng lại bảng tổng hợp hằng ngày từ nhật ký phát / rebuild the daily roll-up from the as-run records",
            "  java -jar loa-scheduler.jar backup --data DIR --to THƯ_MỤC_MỚI",
            "      sao lưu kho dữ liệu và tệp âm thanh khi máy chủ đang chạy / back up the store and media while the server runs",
            "  java -jar loa-scheduler.jar restore --from THƯ_MỤC_SAO_LƯU --data DIR",
            "      khôi phục (máy chủ đã dừng) / restore (the server stopped)",
            "  java -jar loa-scheduler.jar remap --data DIR --mapping TỆP [--units TỆP] [--on 2025-07-01] [--apply]",
            "      chuyển dữ liệu theo bản đồ hành chính cũ sang bản đồ 1/7/2025; không có --apply là chạy thử",
            "      / move a deployment of the old map to the map of July 2025; without --apply, a dry run",
            "  java -jar loa-scheduler.jar verify-log TỆP",
            "      kiểm tra tệp nhật ký phát có chữ ký (xuất từ máy chủ): chữ ký và chuỗi; chỉ ra bản ghi hỏng đầu tiên",
            "      / check an export of the signed as-run log: signatures and chain; names the first bad record",
            "Cấu hình: tệp --config (khoá như http.port) rồi biến môi trường LOA_* (như LOA_HTTP_PORT).",
            "Configuration: the --config file (keys like http.port), then LOA_* environment variables.");

    private Main() {
    }

    public static void main(String[] argv) {
        try {
            run(Arrays.asList(argv));
        } catch (Flags.UsageException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (RuntimeException e) {
            LOG.error("[server] {}", e.getMessage(), e);
            System.exit(1);
        }
    }

    private static void run(List<String> argv) {
        if (argv.isEmpty() || argv.get(0).equals("help") || argv.get(0).equals("--help")) {
            System.out.println(USAGE);
            return;
        }
        String command = argv.get(0);
        List<String> rest = argv.subList(1, argv.size());
        switch (command) {
            case "serve" -> serve(Flags.parse(rest, Set.of("port", "data", "config", "store")));
            case "demo" -> demo(Flags.parse(rest, Set.of("port", "data")));
            case "import" -> importPrograms(rest);
            case "rebuild-rollup" -> rebuildRollup(Flags.parse(rest, Set.of("data", "config")));
            case "backup" -> backup(Flags.parse(rest, Set.of("data", "to")));
            case "restore" -> restore(Flags.parse(rest, Set.of("data", "from")));
            case "remap" -> remap(rest);
            case "verify-log" -> verifyLog(rest);
            default -> throw new Flags.UsageException("Lệnh không tồn tại / Unknown command: " + command);
        }
    }

    private static void serve(Flags flags) {
        SchedulerConfig config = configure(flags, flags.get("config").map(Path::of).orElse(null));
        Store store = Stores.open(config.storeUrl(), config.dataDir(), config.storeBusyTimeoutMillis());
        Clock clock = Clock.systemUTC();
        FirstAdmin.ensure(store, new PasswordHasher(), clock).ifPresent(Main::announceFirstAdmin);
        SchedulerApp app = SchedulerApp.start(config, store, clock);
        stopOnShutdown(app);
        LOG.info("[server] Loa {} đang chạy tại / is running at {} (dữ liệu / data: {}, kho / store: {})", Version.current(),
                app.url(), config.dataDir().toAbsolutePath(), Stores.shown(config.storeUrl()));
    }

    private static void demo(Flags flags) {
        SchedulerConfig config = configure(flags, null);
        if (flags.get("data").isEmpty()) {
            config = config.withDataDir(freshDemoDirectory());
        }
        if (System.getenv(DEMO_FREEZE_LEAD_VARIABLE) == null) {
            // the simulated agents poll every 10 s: a change half a minute ahead reaches them, so the relay and the
            // programs the demo adds in its first minutes are not held back as "about to air"
            config = config.withFreezeLead(Duration.ofSeconds(30));
        }
        Store store = Stores.open(config.storeUrl(), config.dataDir(), config.storeBusyTimeoutMillis());
        Clock clock = Clock.systemUTC();
        boolean empty = store.read(r -> r.orgUnits().list(null, null).isEmpty());
        if (empty) {
            String demoHash = DemoUsers.hash(new PasswordHasher());
            ImportResult units = store.write(r -> {
                ImportResult loaded = DemoProvince.load(r, clock.instant());
                DemoUsers.load(r, demoHash, clock.instant());
                return loaded;
            });
            int stations = store.read(r -> r.stations().list(null).size());
            int sites = store.read(r -> r.stations().list(null).stream().mapToInt(s -> r.sites().listForStation(s.id()).size())
                    .sum());
            LOG.info("[demo] Đã nạp tỉnh mẫu Thái Nguyên: {} đơn vị hành chính, {} đài, {} điểm phát"
                    + " / Loaded the Thái Nguyên demo: {} units, {} stations, {} sites", units.created(), stations, sites,
                    units.created(), stations, sites);
        } else {
            LOG.info("[demo] Thư mục dữ liệu đã có dữ liệu, không nạp lại / The data directory already has data; not reloading");
        }
        SchedulerApp app = SchedulerApp.start(config, store, clock);
        stopOnShutdown(app);
        if (empty) {
            Path work = config.dataDir().resolve("uploads");
            Path dataDir = config.dataDir();
            Thread programs = new Thread(() -> {
                // the notice clip, the relay and the simulated stations first, so they are on the air within minutes;
                // the 3-minute programs are made meanwhile and their campaign fills the stations' window after them
                Optional<Long> notice = DemoPrograms.loadNotice(app.mediaLibrary(), app.services().programs(), work);
                Optional<DemoRelay.Started> relay = DemoRelay.start(app.mediaLibrary().ffmpeg(), app.services().relaySources(),
                        app.services().relaySlots(), app.publisher().today());
                List<Process> agents = DemoAgents.start(store, app.publisher(), app.services().notices(), dataDir,
                        app.url(), clock, notice, relay.map(r -> new DemoAgents.Relay(app.services().relaySlots(), r.sourceId())));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    agents.forEach(Process::destroy);
                    relay.ifPresent(r -> r.stream().close());
                }));
                DemoPrograms.loadPrograms(app.mediaLibrary(), app.services().programs(), app.services().campaigns(),
                        app.services().portal(), app.services().hand(), app.url(), work);
            }, "loa-demo-programs");
            programs.setDaemon(true);
            programs.start();
        }
        LOG.info("[demo] Loa {} đang chạy tại / is running at {}", Version.current(), app.url());
        LOG.info("[demo] Thử / Try: {}health  và/and  {}api/v1/stations", app.url(), app.url());
        LOG.info("[demo] Tài khoản thử / Demo sign-ins (mật khẩu / password: {}):", DemoUsers.PASSWORD);
        for (DemoUsers.DemoUser u : DemoUsers.USERS) {
            LOG.info("[demo]   {}  {} — {} ({})", String.format("%-14s", u.username()), u.role().vietnamese(),
                    u.scopeName(), u.role().wireName());
        }
        LOG.info("[demo] Dữ liệu / Data: {}  — Ctrl+C để dừng / to stop", config.dataDir().toAbsolutePath());
    }

    /** After a repair of the raw records (or to check the roll-up), rebuilds it; run while the server is stopped. */
    private static void backup(Flags flags) {
        Path data = Path.of(flags.get("data").orElseThrow(() -> new Flags.UsageException("Thiếu / Missing --data")));
        Path to = Path.of(flags.get("to").orElseThrow(() -> new Flags.UsageException("Thiếu / Missing --to")));
        report("Đã sao lưu / Backed up", Backup.backup(data, to));
    }

    private static void restore(Flags flags) {
        Path data = Path.of(flags.get("data").orElseThrow(() -> new Flags.UsageException("Thiếu / Missing --data")));
        Path from = Path.of(flags.get("from").orElseThrow(() -> new Flags.UsageException("Thiếu / Missing --from")));
        report("Đã khôi phục / Restored", Backup.restore(from, data));
    }

    private static void report(String done, Backup.Summary s) {
        System.out.printf("%s: %s (%d MB), %d bản phát sóng / renditions, %d tệp mới chép / files copied (%d MB)%n", done,
                s.store(), s.storeBytes() / 1_048_576, s.renditions(), s.mediaFiles(), s.mediaBytes() / 1_048_576);
    }

    private static void remap(List<String> args) {
        boolean apply = args.contains("--apply");
        Flags flags = Flags.parse(args.stream().filter(a -> !a.equals("--apply")).toList(), Set.copyOf(RemapCommand.flags()));
        SchedulerConfig config = configure(flags, flags.get("config").map(Path::of).orElse(null));
        Path mapping = Path.of(flags.get("mapping").orElseThrow(() -> new Flags.UsageException("Thiếu / Missing --mapping")));
        LocalDate day = flags.get("on").map(LocalDate::parse).orElse(RemapCommand.REFORM_DAY);
        int exit = new RemapCommand(System.out, Clock.systemUTC()).run(config.storeUrl(), config.dataDir(),
                config.storeBusyTimeoutMillis(),
                mapping, flags.get("units").map(Path::of).orElse(null), day, apply);
        System.exit(exit);
    }

    private static void verifyLog(List<String> args) {
        if (args.size() != 1) {
            throw new Flags.UsageException("verify-log cần đúng một tệp / verify-log takes one file");
        }
        System.exit(new VerifyLogCommand(System.out).run(Path.of(args.get(0))));
    }

    private static void rebuildRollup(Flags flags) {
        SchedulerConfig config = configure(flags, flags.get("config").map(Path::of).orElse(null));
        try (Store store = Stores.open(config.storeUrl(), config.dataDir(), config.storeBusyTimeoutMillis())) {
            long start = System.nanoTime();
            int rows = store.write(r -> r.reports().rebuildRollup());
            System.out.printf("Đã dựng lại %d dòng tổng hợp trong %.1f giây / Rebuilt %d roll-up rows in %.1f s%n", rows,
                    (System.nanoTime() - start) / 1e9, rows, (System.nanoTime() - start) / 1e9);
        }
    }

    private static void importPrograms(List<String> args) {
        List<String> flags = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        boolean json = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--json")) {
                json = true;
            } else if (a.equals("--data") || a.equals("--unit") || a.equals("--config")) {
                flags.add(a);
                if (i + 1 < args.size()) {
                    flags.add(args.get(++i));
                }
            } else {
                paths.add(a);
            }
        }
        Flags parsed = Flags.parse(flags, Set.of("data", "unit", "config"));
        SchedulerConfig config = configure(parsed, parsed.get("config").map(Path::of).orElse(null));
        int exit = new ImportCommand(config, System.out, Clock.systemUTC())
                .run(parsed.get("unit").orElse(null), json, paths);
        System.exit(exit);
    }

    private static void announceFirstAdmin(String password) {
        LOG.warn("[access] ================================================================");
        LOG.warn("[access] Tài khoản quản trị đầu tiên / First admin account:");
        LOG.warn("[access]   tên đăng nhập / username: {}", FirstAdmin.USERNAME);
        LOG.warn("[access]   mật khẩu dùng một lần / one-time password: {}", password);
        LOG.warn("[access] Mật khẩu chỉ hiện một lần; phải đổi ở lần đăng nhập đầu.");
        LOG.warn("[access] Shown only once; it must be changed at the first sign-in.");
        LOG.warn("[access] ================================================================");
    }

    private static SchedulerConfig configure(Flags flags, Path configFile) {
        SchedulerConfig config = new ConfigLoader(System.getenv()).load(configFile);
        config = flags.port().map(config::withPort).orElse(config);
        config = flags.get("store").map(config::withStoreUrl).orElse(config);
        return flags.get("data").map(Path::of).map(config::withDataDir).orElse(config);
    }

    private static Path freshDemoDirectory() {
        try {
            return Files.createTempDirectory("loa-demo-");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a demo data directory: " + e.getMessage(), e);
        }
    }

    private static void stopOnShutdown(SchedulerApp app) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("[server] Đang dừng / Stopping…");
            app.close();
            LOG.info("[server] Đã dừng / Stopped");
        }, "loa-shutdown"));
    }
}
