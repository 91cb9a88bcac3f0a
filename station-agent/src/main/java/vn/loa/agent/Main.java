package vn.loa.agent;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import vn.loa.agent.cache.MediaCache;
import vn.loa.agent.capture.Capture;
import vn.loa.agent.playout.CommandSink;
import vn.loa.agent.playout.FileSink;
import vn.loa.agent.playout.JavaSoundSink;
import vn.loa.agent.playout.Sink;
import vn.loa.agent.sync.ServerClient;
import vn.loa.agent.time.AgentClock;
import vn.loa.media.Ffmpeg;
import vn.loa.media.FfmpegLocator;

/**
 * {@code java -jar loa-agent.jar enroll|run|status …}: the station agent on the commune radio PC.
 */
public final class Main {

    private static final String USAGE = String.join("\n",
            "Loa — phần mềm đài truyền thanh xã / station agent",
            "Cách dùng / Usage:",
            "  java -jar loa-agent.jar enroll --server URL --code MÃ --data THƯ_MỤC",
            "  java -jar loa-agent.jar run --data THƯ_MỤC [--sink javasound|command:LỆNH|file:THƯ_MỤC]",
            "        [--poll-seconds 60] [--cache-mb 2048] [--ffmpeg ĐƯỜNG_DẪN] [--max-late-seconds 30]",
            "        [--max-memory-mb 192] [--capture javasound:TÊN|command:LỆNH]",
            "    --sink javasound      card âm thanh của máy (mặc định) / the PC's sound card (default)",
            "    --sink command:LỆNH   chương trình phát ngoài, {file} là tệp / an external player, e.g. command:mpg123 -q {file}",
            "    --sink file:THƯ_MỤC   ghi ra tệp đúng những gì sẽ phát / writes what would be heard (tests, no sound card)",
            "    --capture javasound:TÊN  nghe lại qua đầu thu (line-in từ tăng âm, micro gần loa) để chứng minh đã phát;",
            "                             chỉ giữ dấu vân tay, không gửi âm thanh / hears the airing through a sound input",
            "                             (line-in from the amplifier, a microphone by a loudspeaker): only its fingerprint is kept",
            "    --capture command:LỆNH   một chương trình ghi PCM 16-bit mono 5512 Hz ra stdout / a program writing what it hears,",
            "                             e.g. command:arecord -q -D plughw:1 -f S16_LE -c 1 -r 5512 -t raw",
            "  java -jar loa-agent.jar status --data THƯ_MỤC",
            "Chạy với bộ nhớ nhỏ / small heap: java -Xms12m -Xmx48m -Xmn4m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=16m -Xss512k -jar loa-agent.jar run …");

    private static final String LOG_FORMAT = "java.util.logging.SimpleFormatter.format";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        // one line per entry with the date and time, read days later on the PC (the JDK's default is two
        // lines in an English 12-hour clock); -Djava.util.logging.SimpleFormatter.format=… still wins
        if (System.getProperty(LOG_FORMAT) == null) {
            System.setProperty(LOG_FORMAT, "%1$tF %1$tT.%1$tL %4$s %3$s - %5$s%6$s%n");
        }
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
            System.out.println(USAGE);
            return;
        }
        Map<String, String> flags = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                usage("Tham số không hợp lệ / Unknown argument: " + args[i]);
            }
            flags.put(args[i].substring(2), args[i + 1]);
        }
        Path data = Path.of(require(flags, "data"));
        try {
            switch (args[0]) {
                case "enroll" -> enroll(URI.create(require(flags, "server")), require(flags, "code"), data);
                case "run" -> run(data, flags);
                case "status" -> status(data);
                default -> usage("Lệnh không tồn tại / Unknown command: " + args[0]);
            }
        } catch (IOException e) {
            // an officer reads one sentence that says what to do, not a stack trace
            System.err.println(failure(flags.get("server"), e));
            System.exit(1);
        }
    }

    /** What went wrong, in one sentence with what to do, Vietnamese first. */
    static String failure(String server, IOException e) {
        String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof ConnectException || e instanceof UnknownHostException || e instanceof HttpTimeoutException) {
            return "Không kết nối được máy chủ " + server + " (" + reason + "): hãy kiểm tra địa chỉ máy chủ và mạng của máy"
                    + " rồi chạy lại lệnh. / Cannot reach the server " + server + " (" + reason + "): check its address and"
                    + " this PC's network, then run the command again.";
        }
        return "Không làm được: " + reason + " / Failed: " + reason;
    }

    public static Identity enroll(URI server, String code, Path data) throws IOException {
        SigningKey key = SigningKey.loadOrCreate(data);
        JsonNode answer = ServerClient.enrol(server, code, key.publicKey());
        JsonNode station = answer.get("station");
        // items planned before this instant were never this PC's to air: it does not report them missed
        Instant enrolledAt = answer.hasNonNull("server_time") ? Instant.parse(answer.get("server_time").asText()) : null;
        Identity identity = new Identity(server, station.get("id").asLong(), station.get("code").asText(),
                answer.get("token").asText(), enrolledAt);
        identity.save(data);
        try (AgentStore store = AgentStore.open(data)) {
            // records written before the PC had its key (it ran unsigned) are signed now, in order, before they go
            store.outbox().sealWaiting();
        }
        System.out.println("Đã đăng ký đài / Enrolled station " + identity.stationCode() + " (" + station.get("name").asText()
                + ")");
        System.out.println("new".equals(answer.path("chain").asText())
                ? "Máy mới: nhật ký phát có chữ ký bắt đầu một chuỗi mới / A new PC: its signed log starts a new chain"
                : "Cùng máy: chuỗi nhật ký phát có chữ ký được nối tiếp / The same PC: its signed log goes on");
        return identity;
    }

    private static void run(Path data, Map<String, String> flags) throws InterruptedException {
        Identity identity = Identity.load(data).orElse(null);
        if (identity == null) {
            usage("Chưa đăng ký; hãy chạy lệnh enroll trước / Not enrolled; run enroll first");
        }
        AgentConfig config;
        try {
            config = AgentConfig.parse(data, flags);
        } catch (AgentConfig.BadFlag e) {
            usage(e.getMessage());
            return;
        }
        try {
            Capture.of(config.capture(), data);
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
        }
        Function<AgentClock, Sink> sink = sink(config.sink(), data, config.ffmpeg());
        Agent agent = new Agent(config, identity, sink, AgentClock.system());
        Runtime.getRuntime().addShutdownHook(new Thread(agent::close));
        agent.start();
        // exit code 75 (temporary failure): systemd's Restart=always and WinSW's onfailure start it again
        agent.watchMemory(config.maxMemoryBytes(), () -> new Thread(() -> System.exit(75)).start());
        System.out.println("Đài " + identity.stationCode() + " đang chạy / is running (" + identity.server() + ")");
        Thread.currentThread().join();
    }

    private static void status(Path data) throws IOException {
        Identity identity = Identity.load(data).orElse(null);
        if (identity == null) {
            System.out.println("Chưa đăng ký / Not enrolled");
            return;
        }
        try (AgentStore store = AgentStore.open(data)) {
            System.out.print(StatusReport.of(identity, store, new MediaCache(data, Long.MAX_VALUE),
                    // the agent's day is the server's: this PC's clock corrected by the last measured offset
                    Instant.now().plusMillis(Long.parseLong(store.state().get("clock_offset_ms").orElse("0")))));
        }
    }

    private static Function<AgentClock, Sink> sink(String spec, Path data, Path ffmpegPath) {
        if (spec.startsWith("file:")) {
            Path dir = Path.of(spec.substring(5));
            return clock -> new FileSink(dir, clock);
        }
        if (spec.startsWith("command:")) {
            String command = spec.substring(8);
            return clock -> new CommandSink(command, data.resolve("command-sink.log"), clock);
        }
        if (spec.equals("javasound")) {
            Ffmpeg ffmpeg = FfmpegLocator.locate(ffmpegPath, data.resolve("ffmpeg"));
            return clock -> new JavaSoundSink(ffmpeg, clock);
        }
        usage("Sink không hợp lệ / Unknown sink: " + spec);
        return null;
    }

    private static String require(Map<String, String> flags, String name) {
        String value = flags.get(name);
        if (value == null) {
            usage("Thiếu / Missing --" + name);
        }
        return value;
    }

    private static void usage(String message) {
        System.err.println(message);
        System.err.println(USAGE);
        System.exit(2);
    }
}
