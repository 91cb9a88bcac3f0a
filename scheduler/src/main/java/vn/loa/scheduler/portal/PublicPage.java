package vn.loa.scheduler.portal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.loa.scheduler.domain.programs.PublicProgram;

/**
 * The public pages, as small plain HTML a phone on 3G loads at once: no script, one stylesheet, the browser's
 * own audio player on the rendition (which answers byte ranges, so phones seek). Vietnamese only: these are
 * read by residents. The embed is the same list, compact, for a portal's iframe.
 */
public final class PublicPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final int EMBED_SIZE = 5;

    private final ZoneId zone;

    public PublicPage(ZoneId zone) {
        this.zone = zone;
    }

    public String full(Listing l) {
        StringBuilder b = head(l, "portal");
        b.append("<header><h1>").append(esc(l.title())).append("</h1><p>").append(esc(l.subtitle())).append("</p>")
                .append("<p><a href=\"").append(l.path()).append("/feed.xml\">Theo dõi bằng ứng dụng podcast (RSS)</a></p>")
                .append("</header><main><p class=\"count\">").append(l.total()).append(" chương trình</p>");
        programs(b, l, true);
        if (l.pages() > 1) {
            b.append("<nav aria-label=\"Các trang\"><p>");
            if (l.page() > 1) {
                b.append("<a rel=\"prev\" href=\"").append(l.path()).append("?page=").append(l.page() - 1).append("\">Trang trước</a> ");
            }
            b.append("Trang ").append(l.page()).append('/').append(l.pages());
            if (l.page() < l.pages()) {
                b.append(" <a rel=\"next\" href=\"").append(l.path()).append("?page=").append(l.page() + 1).append("\">Trang sau</a>");
            }
            b.append("</p></nav>");
        }
        return b.append("</main><footer><p>Chương trình của hệ thống truyền thanh cơ sở, phát trên loa và nghe lại tại đây.</p>")
                .append("</footer></body></html>").toString();
    }

    /** The compact list for a portal's iframe: the newest programs, a link to the rest (opened outside the frame). */
    public String embed(Listing l) {
        StringBuilder b = head(l, "portal embed");
        b.append("<main><h1><a href=\"").append(l.path()).append("\" target=\"_blank\" rel=\"noopener\">")
                .append(esc(l.title())).append("</a></h1>");
        programs(b, l, false);
        return b.append("<p><a href=\"").append(l.path()).append("\" target=\"_blank\" rel=\"noopener\">Xem tất cả ")
                .append(l.total()).append(" chương trình</a></p></main></body></html>").toString();
    }

    private StringBuilder head(Listing l, String bodyClass) {
        return new StringBuilder(4096).append("<!doctype html><html lang=\"vi\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(l.title())).append(" — Chương trình phát thanh</title>")
                .append("<link rel=\"stylesheet\" href=\"/public/portal.css\">")
                .append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"").append(esc(l.title()))
                .append("\" href=\"").append(l.path()).append("/feed.xml\"></head><body class=\"").append(bodyClass).append("\">");
    }

    private void programs(StringBuilder b, Listing l, boolean full) {
        if (l.programs().isEmpty()) {
            b.append("<p>Chưa có chương trình nào được công khai.</p>");
            return;
        }
        b.append("<ol class=\"programs\">");
        for (PublicProgram p : full ? l.programs() : l.programs().subList(0, Math.min(EMBED_SIZE, l.programs().size()))) {
            String audio = "/public/programs/" + p.id() + "/audio.mp3";
            b.append("<li id=\"program-").append(p.id()).append("\"><h2>").append(esc(p.title())).append("</h2><p class=\"meta\">");
            if (p.topic() != null && !p.topic().isBlank()) {
                b.append(esc(p.topic())).append(" · ");
            }
            b.append(esc(p.unitName())).append(" · ").append(DAY.format(LocalDate.ofInstant(p.createdAt(), zone)))
                    .append(" · ").append(minutes(p.durationMillis())).append("</p>")
                    .append("<audio controls preload=\"none\" src=\"").append(audio).append("\" aria-label=\"Nghe ")
                    .append(esc(p.title())).append("\"></audio>");
            if (full) {
                b.append("<p><a href=\"").append(audio).append("?download=1\" download>Tải về (MP3, ")
                        .append(String.format(Locale.ROOT, "%.1f", p.sizeBytes() / 1_048_576.0).replace('.', ','))
                        .append(" MB)</a></p>");
            }
            b.append("</li>");
        }
        b.append("</ol>");
    }

    static String minutes(long millis) {
        long s = Math.round(millis / 1000.0);
        return s / 60 + ":" + String.format("%02d", s % 60);
    }

    static String esc(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
