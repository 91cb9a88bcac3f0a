package vn.loa.scheduler.relays;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import vn.loa.scheduler.domain.Problems;

/** What a relay source's address must look like before anyone tries it: an http(s) URL with a host. */
final class StreamUrl {

    static final int LONGEST = 1000;

    private StreamUrl() {
    }

    static void check(String field, String url, Problems problems) {
        problem(url).ifPresent(p -> problems.add(field, p[0], p[1]));
    }

    /** Vietnamese and English, or nothing when the address is well formed. */
    static Optional<String[]> problem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of(new String[] {"Hãy nhập địa chỉ luồng phát (http:// hoặc https://).",
                    "Enter the stream's address (http:// or https://)."});
        }
        if (url.length() > LONGEST || url.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\')) {
            return Optional.of(new String[] {"Địa chỉ luồng phát có dấu cách hoặc ký tự không hợp lệ, hoặc quá dài.",
                    "The stream's address has a space or a character not allowed, or is too long."});
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.of(new String[] {"Địa chỉ luồng phát phải bắt đầu bằng http:// hoặc https:// (không phải '"
                        + (scheme.isEmpty() ? url : scheme) + "').", "The stream's address must start with http:// or https://."});
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return Optional.of(new String[] {"Địa chỉ luồng phát thiếu tên máy chủ.", "The stream's address has no host."});
            }
        } catch (URISyntaxException e) {
            return Optional.of(new String[] {"Đây không phải một địa chỉ (URL): " + e.getReason() + ".",
                    "This is not a URL: " + e.getReason() + "."});
        }
        return Optional.empty();
    }
}
