package vn.loa.scheduler.config;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose {@code X-Forwarded-For} the server believes ({@code server.trusted-proxies}):
 * addresses or CIDR ranges, IPv4 or IPv6. Only literal addresses are accepted, never host names, so
 * reading the setting never asks DNS.
 */
public final class ProxyRanges {

    private record Range(byte[] network, int prefix) {
    }

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");

    private final List<Range> ranges;
    private final String text;

    private ProxyRanges(List<Range> ranges, String text) {
        this.ranges = ranges;
        this.text = text;
    }

    public static final ProxyRanges NONE = new ProxyRanges(List.of(), "");

    /** Parses "10.0.0.1, 192.168.0.0/16, ::1"; throws {@link IllegalArgumentException} naming the bad entry. */
    public static ProxyRanges parse(String commaSeparated) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : commaSeparated == null ? new String[0] : commaSeparated.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            String[] parts = e.split("/", 2);
            byte[] address = literal(parts[0]);
            if (address == null) {
                throw new IllegalArgumentException(e);
            }
            int prefix = address.length * 8;
            if (parts.length == 2) {
                try {
                    prefix = Integer.parseInt(parts[1]);
                } catch (NumberFormatException x) {
                    throw new IllegalArgumentException(e);
                }
                if (prefix < 0 || prefix > address.length * 8) {
                    throw new IllegalArgumentException(e);
                }
            }
            ranges.add(new Range(address, prefix));
        }
        return new ProxyRanges(List.copyOf(ranges), commaSeparated == null ? "" : commaSeparated.strip());
    }

    public boolean trusts(String address) {
        if (ranges.isEmpty()) {
            // no proxy set (the usual case): every request asks, and there is nothing to parse the address against
            return false;
        }
        byte[] a = literal(address);
        if (a == null) {
            return false;
        }
        for (Range r : ranges) {
            if (r.network.length == a.length && samePrefix(r.network, a, r.prefix)) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    @Override
    public String toString() {
        return text;
    }

    private static boolean samePrefix(byte[] network, byte[] address, int prefix) {
        int bits = network.length * 8;
        BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                .xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
        return new BigInteger(1, network).and(mask).equals(new BigInteger(1, address).and(mask));
    }

    /** The bytes of a literal IPv4 or IPv6 address; null for anything else (no DNS lookup). */
    private static byte[] literal(String text) {
        String t = text == null ? "" : text.strip();
        boolean v4 = IPV4.matcher(t).matches();
        boolean v6 = t.contains(":") && IPV6.matcher(t).matches();
        if (!v4 && !v6) {
            return null;
        }
        try {
            return InetAddress.getByName(t).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
