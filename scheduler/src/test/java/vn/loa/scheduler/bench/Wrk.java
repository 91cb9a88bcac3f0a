package vn.loa.scheduler.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's {@code wrk} (installed with apt-get when missing), driven with a Lua script that sends each request
 * with the headers of the next of many callers: what it measured, parsed from its report.
 */
final class Wrk {

    /** Requests a second, latency percentiles in milliseconds, and responses that were neither 2xx nor 3xx. */
    record Result(double requestsPerSecond, double p50Millis, double p99Millis, long errors) {

        String line() {
            return String.format(Locale.ROOT, "%,10.0f req/s   p50 %7.2f ms   p99 %7.2f ms   errors %d",
                    requestsPerSecond, p50Millis, p99Millis, errors);
        }
    }

    /** One caller: the path it asks and the headers it sends. */
    record Caller(String path, String token, String etag) {
    }

    private Wrk() {
    }

    static void install() throws IOException, InterruptedException {
        if (new ProcessBuilder("sh", "-c", "command -v wrk").start().waitFor() == 0) {
            return;
        }
        int code = new ProcessBuilder("sh", "-c", "apt-get update -qq && apt-get install -y -qq wrk").inheritIO().start().waitFor();
        if (code != 0) {
            throw new IllegalStateException("wrk is not installed and apt-get could not install it");
        }
    }

    static Result run(String base, List<Caller> callers, int connections, int seconds) throws IOException, InterruptedException {
        Path script = Files.createTempFile("loa-wrk-", ".lua");
        StringBuilder lua = new StringBuilder("local calls = {\n");
        for (Caller c : callers) {
            lua.append("  {\"").append(c.path()).append("\", \"Bearer ").append(c.token()).append("\", '")
                    .append(c.etag()).append("'},\n");
        }
        lua.append("}\nlocal n = #calls\nlocal i = math.random(n)\n")
                .append("request = function()\n  i = i % n + 1\n  local c = calls[i]\n")
                // no response() function: defining one slows wrk itself; callers are checked for 304 beforehand
                .append("  return wrk.format(\"GET\", c[1], {[\"Authorization\"] = c[2], [\"If-None-Match\"] = c[3]})\nend\n");
        Files.writeString(script, lua, StandardCharsets.UTF_8);
        Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency",
                "-s", script.toString(), base).redirectErrorStream(true).start();
        String report = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        wrk.waitFor();
        if (System.getenv("LOA_WRK_KEEP") == null) {
            Files.deleteIfExists(script);
        }
        return new Result(number(report, "Requests/sec:\\s+([0-9.]+)"), millis(report, "50%"), millis(report, "99%"),
                (long) number(report, "Non-2xx or 3xx responses:\\s+([0-9]+)", 0) + (long) socketErrors(report));
    }

    private static double millis(String report, String percentile) {
        Matcher m = Pattern.compile(percentile + "\\s+([0-9.]+)(us|ms|s)").matcher(report);
        if (!m.find()) {
            throw new IllegalStateException("wrk printed no " + percentile + " latency:\n" + report);
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            default -> v;
        };
    }

    private static double socketErrors(String report) {
        Matcher m = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)").matcher(report);
        return m.find() ? Long.parseLong(m.group(1)) + Long.parseLong(m.group(2)) + Long.parseLong(m.group(3))
                + Long.parseLong(m.group(4)) : 0;
    }

    private static double number(String report, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(report);
        if (!m.find()) {
            throw new IllegalStateException("wrk's report lacks " + pattern + ":\n" + report);
        }
        return Double.parseDouble(m.group(1));
    }

    private static double number(String report, String pattern, double absent) {
        Matcher m = Pattern.compile(pattern).matcher(report);
        return m.find() ? Double.parseDouble(m.group(1)) : absent;
    }
}
