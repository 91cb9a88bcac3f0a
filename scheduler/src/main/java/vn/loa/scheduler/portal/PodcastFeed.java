package vn.loa.scheduler.portal;

import com.rometools.modules.itunes.EntryInformationImpl;
import com.rometools.modules.itunes.FeedInformationImpl;
import com.rometools.modules.itunes.types.Category;
import com.rometools.modules.itunes.types.Duration;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import vn.loa.scheduler.domain.programs.PublicProgram;

/**
 * A podcast feed (RSS 2.0 with the iTunes tags) of a public list, so residents follow their commune's or a
 * campaign's programs in any podcast app. The GUID is the program's own ("loa-program-12"), stable across
 * titles edited and files levelled again.
 */
public final class PodcastFeed {

    /** Feeds list the newest programs; a podcast app keeps what it has already seen. */
    public static final int ITEMS = 100;

    private PodcastFeed() {
    }

    /** @param base the scheme and host the reader reached us at, e.g. {@code https://loa.thainguyen.gov.vn} */
    public static String xml(Listing l, String base) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setTitle(l.title());
        feed.setLink(base + l.path());
        feed.setDescription("Chương trình phát thanh cơ sở: " + l.title() + " — " + l.subtitle());
        feed.setLanguage("vi");
        FeedInformationImpl itunes = new FeedInformationImpl();
        itunes.setAuthor(l.title());
        itunes.setSummary(feed.getDescription());
        itunes.setImageUri(base + "/public/cover.png");
        itunes.setCategories(List.of(new Category("Government")));
        itunes.setExplicit(false);
        feed.getModules().add(itunes);
        List<SyndEntry> entries = new ArrayList<>();
        for (PublicProgram p : l.programs()) {
            SyndEntry e = new SyndEntryImpl();
            e.setTitle(p.title());
            e.setLink(base + l.path() + "#program-" + p.id());
            e.setUri("loa-program-" + p.id());
            e.setPublishedDate(Date.from(p.createdAt()));
            SyndContentImpl description = new SyndContentImpl();
            description.setType("text/plain");
            description.setValue((p.topic() == null || p.topic().isBlank() ? "" : p.topic() + " — ") + p.unitName());
            e.setDescription(description);
            SyndEnclosureImpl audio = new SyndEnclosureImpl();
            audio.setUrl(base + "/public/programs/" + p.id() + "/audio.mp3");
            audio.setLength(p.sizeBytes());
            audio.setType("audio/mpeg");
            e.setEnclosures(List.of(audio));
            EntryInformationImpl info = new EntryInformationImpl();
            info.setAuthor(p.unitName());
            info.setDuration(new Duration(p.durationMillis()));
            e.getModules().add(info);
            entries.add(e);
        }
        feed.setEntries(entries);
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("cannot write the feed of " + l.path(), e);
        }
    }
}
