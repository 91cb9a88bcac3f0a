package vn.loa.scheduler.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

/** A PostgreSQL address as an operator writes it ({@code postgresql://user:secret@host:5432/loa}) for the driver. */
final class PostgresUrl {

    private PostgresUrl() {
    }

    static boolean isPostgres(String url) {
        return url != null && (url.startsWith("postgresql://") || url.startsWith("postgres://")
                || url.startsWith("jdbc:postgresql:"));
    }

    /** The JDBC URL: user and password moved from the authority into parameters, as the driver wants them. */
    static String jdbc(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return url;
        }
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
                throw bad(url, "needs a host and a database: postgresql://user:password@host:5432/loa");
            }
            StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
            if (uri.getPort() > 0) {
                jdbc.append(':').append(uri.getPort());
            }
            jdbc.append(uri.getRawPath());
            String separator = "?";
            if (uri.getRawQuery() != null) {
                jdbc.append('?').append(uri.getRawQuery());
                separator = "&";
            }
            if (uri.getRawUserInfo() != null) {
                String[] user = uri.getRawUserInfo().split(":", 2);
                jdbc.append(separator).append("user=").append(encode(user[0]));
                if (user.length == 2) {
                    jdbc.append("&password=").append(encode(user[1]));
                }
            }
            return jdbc.toString();
        } catch (URISyntaxException e) {
            throw bad(url, e.getMessage());
        }
    }

    private static String encode(String raw) {
        return URLEncoder.encode(URLDecoder.decode(raw, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    /** The address without its password, for logs. */
    static String shown(String url) {
        return url.replaceAll("://([^:@/]*):[^@/]*@", "://$1:***@").replaceAll("password=[^&]*", "password=***");
    }

    private static StoreException bad(String url, String why) {
        return new StoreException("bad PostgreSQL address " + shown(url), new SQLException(why));
    }
}
