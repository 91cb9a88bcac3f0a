package vn.loa.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The start errors a file sink wrote to its {@code timing.log}, and their distribution. */
record StartErrors(List<Long> millis) {

    private static final Pattern ERROR = Pattern.compile("error_ms=(-?\\d+)");

    static StartErrors of(Path air) throws IOException {
        List<Long> millis = new ArrayList<>();
        Matcher m = ERROR.matcher(Files.readString(air.resolve("timing.log")));
        while (m.find()) {
            millis.add(Long.parseLong(m.group(1)));
        }
        return new StartErrors(millis);
    }

    /** The q-quantile of the absolute errors (nearest rank). */
    long quantile(double q) {
        List<Long> sorted = millis.stream().map(Math::abs).sorted().toList();
        int rank = (int) Math.ceil(q * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    @Override
    public String toString() {
        return millis.size() + " airings, |start error| p50 " + quantile(0.5) + " ms, p90 " + quantile(0.9) + " ms, p99 "
                + quantile(0.99) + " ms, max " + quantile(1.0) + " ms";
    }
}
