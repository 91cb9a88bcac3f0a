package vn.loa.scheduler.demo;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.access.StationCredentials;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.MinuteOfDay;
import vn.loa.scheduler.domain.Site;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.StationSpec;
import vn.loa.scheduler.notices.Notices;
import vn.loa.scheduler.planning.NoticeSpec;
import vn.loa.scheduler.publishing.SchedulePublisher;
import vn.loa.scheduler.relays.RelaySlots;
import vn.loa.scheduler.registry.StationRegistry;
import vn.loa.scheduler.store.Store;

/**
 * A handful of real agents for the demo, as separate processes of {@code loa-agent.jar}, enrolled through
 * the real protocol, airing to file sinks under {@code DATA/demo-agents}: one per site of two merged
 * communes' stations (Xã Chợ Rã, three old stations; Xã Nà Phặc, two), so the console shows stations of
 * several sites at work. Their stations get a window that opens about a minute after launch (under a written
 * waiver, since the demo may start at night). The window opens with the relay of the demo's stream, heard at
 * once, and a 20-second urgent notice to them cuts into it half a minute later, so the first as-run records reach
 * the console within two minutes of launch rather than after a whole 3-minute program, whatever the time of day.
 */
public final class DemoAgents {

    private static final Logger LOG = LoggerFactory.getLogger(DemoAgents.class);
    /** The communes whose stations' sites run agents: Xã Chợ Rã and Xã Nà Phặc. */
    static final List<String> COMMUNES = List.of("01912", "01936");
    private static final ZoneId ZONE = ZoneId.of(StationSpec.DEFAULT_TIME_ZONE);
    static final String TEST_NOTICE = "Thông báo thử: các đài mô phỏng bắt đầu phát";
    /** How long after the window opens the test notice cuts into the relay. */
    static final Duration NOTICE_INTO_WINDOW = Duration.ofSeconds(30);

    private DemoAgents() {
    }

    /**
     * Where the agent jar is: {@code LOA_DEMO_AGENT_JAR}, else in this checkout beside the scheduler jar that runs
     * (so {@code demo} works from any folder), else under the current folder.
     */
    static Path agentJar() {
        String configured = System.getenv("LOA_DEMO_AGENT_JAR");
        if (configured != null) {
            return Path.of(configured);
        }
        try {
            Path running = Path.of(DemoAgents.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // scheduler/target/loa-scheduler.jar -> station-agent/target/loa-agent.jar
            Path checkout = running.getParent() == null ? null : running.getParent().getParent();
            Path beside = checkout == null || checkout.getParent() == null ? null
                    : checkout.getParent().resolve("station-agent").resolve("target").resolve("loa-agent.jar");
            if (beside != null && Files.isRegularFile(beside)) {
                return beside;
            }
        } catch (URISyntaxException | RuntimeException e) {
            LOG.debug("[demo] cannot tell where the scheduler jar is: {}", e.toString());
        }
        return Path.of("station-agent", "target", "loa-agent.jar");
    }

    /** The demo's relay source, which the simulated stations relay as their window opens. */
    public record Relay(RelaySlots slots, long sourceId) {
    }

    /**
     * Blocking: opens the windows, puts the relay in them, issues the test notice, publishes, enrolls and starts
     * the agents; returns their processes.
     */
    public static List<Process> start(Store store, SchedulePublisher publisher, Notices notices, Path dataDir,
                                      String serverUrl, Clock clock, Optional<Long> noticeProgram, Optional<Relay> relay) {
        Path jar = agentJar().toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            LOG.info("[demo] không thấy {} nên không chạy đài mô phỏng / no agent jar, no simulated stations", jar);
            return List.of();
        }
        List<Station> stations = store.read(r -> COMMUNES.stream().flatMap(c -> r.stations().list(c).stream()).toList());
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZONE));
        ZonedDateTime opens = windowOpening(now);
        int start = opens.toLocalTime().toSecondOfDay() / 60;
        int end = Math.min(start + 60, MinuteOfDay.END_OF_DAY);
        BroadcastWindow demoWindow = new BroadcastWindow(opens.getDayOfWeek(), start, end);
        Instant windowOpens = opens.toInstant();
        List<String> codes = new ArrayList<>();
        List<String> sites = new ArrayList<>();
        StationCredentials credentials = new StationCredentials(Duration.ofHours(1));
        store.write(r -> {
            for (Station s : stations) {
                // today the station airs only in the demo window, so today's airings land in it
                List<BroadcastWindow> windows = new ArrayList<>(s.spec().windows().stream()
                        .filter(w -> w.day() != demoWindow.day()).toList());
                windows.add(demoWindow);
                StationSpec spec = new StationSpec(s.spec().code(), s.spec().name(), s.spec().communeCode(),
                        s.spec().languages(), s.spec().timeZone(), windows, s.spec().quietHours(),
                        "Đài mô phỏng của bản chạy thử: khung giờ mở ngay khi khởi động.");
                StationRegistry.update(r, s.id(), spec, clock.instant());
                for (Site site : r.sites().listForStation(s.id())) {
                    codes.add(credentials.issueCode(r, s.id(), site.id(), clock.instant()).secret());
                    sites.add(site.spec().code());
                }
            }
            return null;
        });
        relay.ifPresent(r -> DemoRelay.forDemoStations(r.slots(), r.sourceId(), stations.stream().map(Station::id).toList(),
                opens.toLocalDate(), start, end));
        if (noticeProgram.isPresent()) {
            // the relay opens the window and is heard at once; the notice cuts into it half a minute later and the relay
            // resumes after it, as with a real notice; the campaign's programs are packed after both (issuing publishes)
            notices.issue(Caller.system("demo", null), new NoticeSpec(TEST_NOTICE, noticeProgram.get(),
                    DemoProvince.PROVINCE_CODE, windowOpens.plus(NOTICE_INTO_WINDOW), false, 1, 0, List.of(),
                    stations.stream().map(Station::id).toList()));
        } else {
            publisher.publish();
        }
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            Path agentData = dataDir.resolve("demo-agents").resolve(sites.get(i));
            try {
                Process enroll = agent(jar, agentData, "enroll", "--server", serverUrl, "--code", codes.get(i), "--data",
                        agentData.toString());
                if (!enroll.waitFor(60, TimeUnit.SECONDS) || enroll.exitValue() != 0) {
                    LOG.warn("[demo] điểm phát mô phỏng {} không đăng ký được / could not enroll", sites.get(i));
                    continue;
                }
                processes.add(agent(jar, agentData, "run", "--data", agentData.toString(), "--sink",
                        "file:" + agentData.resolve("air"), "--poll-seconds", "10"));
            } catch (IOException e) {
                LOG.warn("[demo] cannot start an agent: {}", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return processes;
            }
        }
        LOG.info("[demo] {} điểm phát mô phỏng đang chạy, khung giờ {}–{} ngày {} / simulated sites running",
                processes.size(), MinuteOfDay.format(start), MinuteOfDay.format(end), opens.toLocalDate());
        return processes;
    }

    /**
     * The first whole minute at least 45 s ahead: the agents must be enrolled and synced before the window's
     * first item. Late at night that is just after midnight, on the next day (it used to be clamped to 23:55,
     * in the past, and nothing aired); a window opening at 23:59 still holds the 20-second test notice, and
     * the programs follow the next day.
     */
    static ZonedDateTime windowOpening(ZonedDateTime now) {
        // a window opening at 23:59 still holds the notice, from 23:59:30 to 23:59:50
        return now.plusSeconds(45 + 59).truncatedTo(ChronoUnit.MINUTES);
    }

    private static Process agent(Path jar, Path data, String... args) throws IOException {
        Files.createDirectories(data);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms12m", "-Xmx48m", "-Xmn4m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=16m", "-Xss512k", "-jar",
                jar.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolve("agent.log").toFile())).start();
    }
}
