package vn.loa.scheduler.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.ErrorShape.assertError;
import static vn.loa.scheduler.testing.Fixtures.expect;

import com.rometools.modules.itunes.EntryInformation;
import com.rometools.modules.itunes.ITunes;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.domain.access.Role;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Eventually;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.MutableClock;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestScheduler;

/**
 * Programs on the portal (issue 19): a planner makes a campaign public; anyone reads its page and podcast
 * feed and plays its audio without signing in, and sees nothing that was not made public.
 */
class PublicPortalIT {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T02:00:00Z"));

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withClock(clock);

    private Api admin;
    private Api planner;
    private Api anyone;
    private JsonObject fire;
    private JsonObject election;
    private JsonObject privateOne;
    private long campaign;

    @BeforeEach
    void campaign() {
        admin = scheduler.admin();
        Fixtures.createTree(admin);
        expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201);
        planner = scheduler.as("kehoach.huyen", Role.PLANNER, Fixtures.DISTRICT);
        fire = Programs.approved(admin, Fixtures.DISTRICT, "Phòng chống cháy rừng mùa khô", 31);
        election = Programs.approved(admin, Fixtures.DISTRICT, "Hướng dẫn bầu cử đại biểu Hội đồng nhân dân", 32);
        privateOne = Programs.approved(admin, Fixtures.DISTRICT, "Bản tin nội bộ của đài", 33);
        campaign = expect(planner.post("/api/v1/campaigns", new JsonObject().put("name", "Tuyên truyền mùa khô 2026")
                .put("owner_unit_code", Fixtures.DISTRICT).put("period_start", "2026-11-23").put("period_end", "2026-12-31")
                .put("target", new JsonObject().put("kind", "per_program_per_day").put("count", 1))
                .put("target_units", new JsonArray().add(Fixtures.DISTRICT))
                .put("program_ids", new JsonArray().add(fire.getLong("id")).add(election.getLong("id")))), 201)
                .json().getLong("id");
        anyone = scheduler.api();
    }

    private String feedPath() {
        return "/public/campaigns/" + campaign + "/feed.xml";
    }

    private SyndFeed feed() throws Exception {
        Api.Reply reply = expect(anyone.get(feedPath()), 200);
        assertTrue(reply.contentType().startsWith("application/rss+xml"), reply.contentType());
        return new SyndFeedInput().build(new StringReader(reply.text()));
    }

    @Test
    void aPublicCampaignsFeedListsItsProgramsAndUnpublishingRemovesThem() throws Exception {
        assertError(anyone.get(feedPath()), 404, "not_found");
        assertError(anyone.get("/public/campaigns/" + campaign), 404, "not_found");
        JsonObject made = expect(planner.put("/api/v1/campaigns/" + campaign + "/public", new JsonObject().put("public", true)),
                200).json();
        assertEquals("/public/campaigns/" + campaign + "/feed.xml", made.getString("feed_path"));

        SyndFeed feed = feed();
        assertEquals("Tuyên truyền mùa khô 2026", feed.getTitle());
        assertEquals("vi", feed.getLanguage());
        assertTrue(feed.getModule(ITunes.URI) != null, "the iTunes tags podcast apps read");
        Map<String, SyndEntry> byTitle = feed.getEntries().stream().collect(Collectors.toMap(SyndEntry::getTitle, e -> e));
        assertEquals(Set.of("Phòng chống cháy rừng mùa khô", "Hướng dẫn bầu cử đại biểu Hội đồng nhân dân"), byTitle.keySet(),
                "the campaign's programs with their diacritics, and nothing else");
        for (JsonObject program : List.of(fire, election)) {
            SyndEntry entry = byTitle.get(program.getString("title"));
            assertEquals("loa-program-" + program.getLong("id"), entry.getUri(), "a GUID of the program's own");
            var enclosure = entry.getEnclosures().get(0);
            assertEquals("audio/mpeg", enclosure.getType());
            assertEquals(program.getJsonObject("rendition").getLong("size_bytes"), enclosure.getLength(),
                    "the enclosure's length is the rendition's");
            String path = enclosure.getUrl().substring(enclosure.getUrl().indexOf("/public/"));
            HttpResponse<byte[]> audio = anyone.download(path);
            assertEquals(200, audio.statusCode());
            assertEquals(enclosure.getLength(), audio.body().length, "the audio is there, without signing in");
            EntryInformation itunes = (EntryInformation) entry.getModule(ITunes.URI);
            assertEquals(program.getJsonObject("rendition").getLong("duration_ms") / 1000,
                    itunes.getDuration().getMilliseconds() / 1000);
        }
        assertEquals(feed.getEntries().stream().map(SyndEntry::getUri).toList(),
                feed().getEntries().stream().map(SyndEntry::getUri).toList(), "GUIDs are stable from one read to the next");

        // retiring a program takes it off at once; unpublishing the campaign takes it all off
        expect(admin.post("/api/v1/programs/" + election.getLong("id") + "/retire", new JsonObject()), 200);
        assertEquals(List.of("Phòng chống cháy rừng mùa khô"), feed().getEntries().stream().map(SyndEntry::getTitle).toList());
        assertError(anyone.get("/public/programs/" + election.getLong("id") + "/audio.mp3"), 404, "not_found");
        expect(planner.put("/api/v1/campaigns/" + campaign + "/public", new JsonObject().put("public", false)), 200);
        assertError(anyone.get(feedPath()), 404, "not_found");
        assertError(anyone.get("/public/programs/" + fire.getLong("id") + "/audio.mp3"), 404, "not_found");
    }

    @Test
    void onlyWhatIsPublicIsServedAndAnUnpublishedIdAnswersLikeOneThatDoesNotExist() {
        JsonObject missing = assertError(anyone.get("/public/programs/999999/audio.mp3"), 404, "not_found");
        JsonObject unpublished = assertError(anyone.get("/public/programs/" + privateOne.getLong("id") + "/audio.mp3"), 404,
                "not_found");
        assertEquals(missing.getString("message").replace("999999", "X"),
                unpublished.getString("message").replace(String.valueOf(privateOne.getLong("id")), "X"),
                "the same answer: an outsider cannot tell a private program from none");
        assertError(anyone.get("/api/v1/media/" + privateOne.getJsonObject("rendition").getString("sha256")), 401,
                "unauthenticated");

        // a program made public by itself shows on its unit's page and feed
        JsonObject standing = expect(planner.put("/api/v1/programs/" + privateOne.getLong("id") + "/public",
                new JsonObject().put("public", true)), 200).json();
        assertTrue(standing.getBoolean("public"));
        Api.Reply page = expect(anyone.get("/public/units/" + Fixtures.DISTRICT), 200);
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.text().contains("Bản tin nội bộ của đài"), page.text());
        assertFalse(page.text().contains("Phòng chống cháy rừng"), "the campaign is not public: its programs are not here");
        assertTrue(page.text().contains("<audio controls preload=\"none\" src=\"/public/programs/" + privateOne.getLong("id")
                + "/audio.mp3\""), "the phone's own player on the rendition");
        assertFalse(page.text().contains("CB-01273"), "no station, schedule or user data on a public page");
        assertEquals("frame-ancestors 'none'", page.header("Content-Security-Policy")
                .substring(page.header("Content-Security-Policy").indexOf("frame-ancestors")), "no portal listed: no framing");
        assertEquals(304, anyone.get("/public/units/" + Fixtures.DISTRICT, "If-None-Match", page.header("ETag")).status(),
                "a phone that has the page gets 304");

        // a phone seeks with byte ranges; a listen counts once however it seeks, a download separately
        String audio = "/public/programs/" + privateOne.getLong("id") + "/audio.mp3";
        assertEquals(206, anyone.download(audio, "Range", "bytes=100-199").statusCode());
        assertEquals(200, anyone.download(audio).statusCode());
        HttpResponse<byte[]> download = anyone.download(audio + "?download=1");
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        JsonObject listens = Eventually.value("the listens counted", Duration.ofSeconds(10), Duration.ofMillis(100),
                () -> java.util.Optional.of(expect(planner.get("/api/v1/programs/" + privateOne.getLong("id") + "/public"), 200)
                        .json()).filter(j -> j.getLong("plays") + j.getLong("downloads") == 2));
        assertEquals(1, listens.getLong("plays"));
        assertEquals(1, listens.getLong("downloads"));

        // an urgent notice's recording or an unapproved program cannot be made public
        long draft = Programs.ready(admin, Fixtures.DISTRICT, "Bản nháp chưa duyệt", 34).getLong("id");
        assertError(planner.put("/api/v1/programs/" + draft + "/public", new JsonObject().put("public", true)), 409,
                "not_publishable");
        Api communePlanner = scheduler.as("kehoach.xa", Role.PLANNER, Fixtures.OTHER_COMMUNE);
        assertError(communePlanner.put("/api/v1/programs/" + privateOne.getLong("id") + "/public",
                new JsonObject().put("public", false)), 403, "out_of_scope");
        assertTrue(expect(anyone.get("/public/units/" + Fixtures.DISTRICT), 200).text().contains("Bản tin nội bộ của đài"),
                "a planner outside the producing unit changes nothing");
    }
}
