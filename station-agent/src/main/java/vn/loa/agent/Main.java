package vn.loa.agent;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import vn.loa.agent.playout.FileSink;
import vn.loa.agent.playout.Sink;
import vn.loa.agent.sync.ServerClient;

/**
 * {@code java -jar loa-agent.jar enroll|run|status …}: the station agent on the commune radio PC.
 */
public final class Main {

    private static final String USAGE = String.join("\n",
            "Loa — phần mềm đài truyền thanh xã / station agent",
            "Cách dùng / Usage:",
            "  java -jar loa-agent.jar enroll --server URL --code MÃ --data THƯ_MỤC",
            "  java -jar loa-agent.jar run --data THƯ_MỤC --sink file:THƯ_MỤC [--poll-seconds 60]",
            "  java -jar loa-agent.jar status --data THƯ_MỤC",
            "Chạy với bộ nhớ nhỏ / small heap: java -Xmx48m -XX:+UseSerialGC -jar loa-agent.jar run …");

    private Main() {
    }

    public static void main(String[] args) throws Exception {
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
        switch (args[0]) {
            case "enroll" -> enroll(URI.create(require(flags, "server")), require(flags, "code"), data);
            case "run" -> run(data, sink(require(flags, "sink")), Long.parseLong(flags.getOrDefault("poll-seconds", "60")));
            case "status" -> status(data);
            default -> usage("Lệnh không tồn tại / Unknown command: " + args[0]);
        }
    }

    static Identity enroll(URI server, String code, Path data) throws IOException {
        JsonNode answer = ServerClient.enrol(server, code);
        JsonNode station = answer.get("station");
        Identity identity = new Identity(server, station.get("id").asLong(), station.get("code").asText(),
                answer.get("token").asText());
        identity.save(data);
        System.out.println("Đã đăng ký đài / Enrolled station " + identity.stationCode() + " (" + station.get("name").asText()
                + ")");
        return identity;
    }

    private static void run(Path data, Sink sink, long pollSeconds) throws InterruptedException {
        Identity identity = Identity.load(data).orElseThrow(() -> new IllegalStateException(
                "Chưa đăng ký; hãy chạy lệnh enroll trước / Not enrolled; run enroll first"));
        Agent agent = new Agent(data, identity, sink, Clock.systemUTC(), pollSeconds);
        Runtime.getRuntime().addShutdownHook(new Thread(agent::close));
        agent.start();
        System.out.println("Đài " + identity.stationCode() + " đang chạy / is running (" + identity.server() + ")");
        Thread.currentThread().join();
    }

    private static void status(Path data) {
        Identity identity = Identity.load(data).orElse(null);
        if (identity == null) {
            System.out.println("Chưa đăng ký / Not enrolled");
            return;
        }
        try (AgentStore store = AgentStore.open(data)) {
            System.out.println("Đài / Station: " + identity.stationCode() + " — máy chủ / server: " + identity.server());
            System.out.println("Chờ phát / Still to air: " + store.unhandled().size());
            System.out.println("Chưa gửi / Outbox backlog: " + store.backlog());
            store.unhandled().stream().findFirst().ifPresent(next ->
                    System.out.println("Tiếp theo / Next: " + next.plannedStart() + " chương trình #" + next.programId()));
        }
    }

    private static Sink sink(String spec) {
        if (spec.startsWith("file:")) {
            return new FileSink(Path.of(spec.substring(5)));
        }
        throw new IllegalArgumentException("Bản này chỉ có sink file:THƯ_MỤC / This build has only the file: sink");
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
