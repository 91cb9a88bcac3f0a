package vn.loa.scheduler.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} flags of one command; anything else is a usage error naming the culprit. */
public final class Flags {

    private final Map<String, String> values;

    private Flags(Map<String, String> values) {
        this.values = values;
    }

    public static Flags parse(List<String> args, Set<String> allowed) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.startsWith("--") ? arg.substring(2) : null;
            String inline = null;
            if (name != null && name.contains("=")) {
                inline = name.substring(name.indexOf('=') + 1);
                name = name.substring(0, name.indexOf('='));
            }
            if (name == null || !allowed.contains(name)) {
                throw new UsageException("Tham số không hợp lệ / Unknown argument: " + arg);
            }
            if (inline == null && i + 1 >= args.size()) {
                throw new UsageException("Thiếu giá trị cho / Missing value for --" + name);
            }
            values.put(name, inline != null ? inline : args.get(++i));
        }
        return new Flags(values);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public Optional<Integer> port() {
        return get("port").map(p -> {
            try {
                int n = Integer.parseInt(p);
                if (n < 0 || n > 65535) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                throw new UsageException("--port phải là số cổng 0–65535 / --port must be a port number 0–65535: " + p);
            }
        });
    }

    /** A command line that cannot be run as written. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
