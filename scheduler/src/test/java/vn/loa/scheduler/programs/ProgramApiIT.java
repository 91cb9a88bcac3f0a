package vn.loa.scheduler.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.ErrorShape.assertError;
import static vn.loa.scheduler.testing.Fixtures.expect;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.media.TestAudio;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestScheduler;

/** Upload to download over real HTTP with real ffmpeg (duration rule shortened to 3–20 s for speed). */
class ProgramApiIT {

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.create();
    private Api admin;

    @BeforeEach
    void tree() {
        admin = scheduler.admin();
        Fixtures.createTree(admin);
    }

    private long files(String folder) throws IOException {
        Path dir = scheduler.dataDir().resolve(folder);
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void anUploadIsProcessedToAMeasuredReadyRendition() throws Exception {
        JsonObject accepted = Programs.upload(admin, Fixtures.DISTRICT, "Hướng dẫn phòng chống rét cho trâu bò", TestAudio.mp3(6, 3));
        assertEquals("processing", accepted.getString("status"));
        JsonObject ready = Programs.await(admin, accepted.getLong("id"));
        assertEquals("ready", ready.getString("status"), ready.encode());
        JsonObject rendition = ready.getJsonObject("rendition");
        assertEquals(6000, rendition.getLong("duration_ms"), 200);
        assertEquals(-16, rendition.getDouble("loudness_after_lufs"), 1.0);
        assertTrue(rendition.getBoolean("on_target"), "the program page shows no loudness warning: " + rendition.encode());
        assertNotNull(rendition.getDouble("loudness_before_lufs"));
        assertTrue(ready.getJsonObject("source").getString("format").contains("44100 Hz"));

        HttpResponse<byte[]> whole = admin.download(rendition.getString("url"));
        assertEquals(200, whole.statusCode());
        assertEquals("audio/mpeg", whole.headers().firstValue("Content-Type").orElse(""));
        assertEquals(rendition.getString("sha256"), sha256(whole.body()));
        assertEquals(rendition.getLong("size_bytes"), whole.body().length);
        assertEquals(0, files("uploads"), "the upload is gone once processed");
    }

    @Test
    void anInterruptedDownloadResumedWithRangeGivesTheSameBytes() throws Exception {
        JsonObject ready = Programs.ready(admin, Fixtures.DISTRICT, "Bản tin", 4);
        String url = ready.getJsonObject("rendition").getString("url");
        String hash = ready.getJsonObject("rendition").getString("sha256");
        String etag = "\"" + hash + "\"";
        HttpResponse<byte[]> first = admin.download(url, "Range", "bytes=0-9999");
        assertEquals(206, first.statusCode());
        assertEquals(10_000, first.body().length);
        HttpResponse<byte[]> rest = admin.download(url, "Range", "bytes=10000-", "If-Range", etag);
        assertEquals(206, rest.statusCode());
        byte[] joined = new byte[first.body().length + rest.body().length];
        System.arraycopy(first.body(), 0, joined, 0, first.body().length);
        System.arraycopy(rest.body(), 0, joined, first.body().length, rest.body().length);
        assertEquals(hash, sha256(joined));

        assertEquals(200, admin.download(url, "Range", "bytes=10000-", "If-Range", "\"khác\"").statusCode(),
                "a changed file is sent whole");
        HttpResponse<byte[]> beyond = admin.download(url, "Range", "bytes=99999999-");
        assertEquals(416, beyond.statusCode());
        assertTrue(beyond.headers().firstValue("Content-Range").orElse("").startsWith("bytes */"));
        Api.Reply head = admin.send("HEAD", url, null, null);
        assertEquals(200, head.status());
        assertEquals(etag, head.header("ETag"));
    }

    @Test
    void brokenUploadsAreRejectedWithAReasonAndLeaveNoFiles() throws Exception {
        long notAudio = Programs.upload(admin, Fixtures.DISTRICT, "Nhầm tệp", "#!/bin/sh\necho hỏng\n".getBytes()).getLong("id");
        JsonObject rejected = Programs.await(admin, notAudio);
        assertEquals("rejected", rejected.getString("status"));
        assertEquals("not_audio", rejected.getJsonObject("rejection").getString("code"));
        assertTrue(rejected.getJsonObject("rejection").getString("message").contains("MP3"));

        long tooLong = Programs.upload(admin, Fixtures.DISTRICT, "Quá dài", TestAudio.mp3(25, 5)).getLong("id");
        JsonObject refused = Programs.await(admin, tooLong);
        assertEquals("too_long", refused.getJsonObject("rejection").getString("code"));
        assertTrue(refused.getJsonObject("rejection").getString("message").contains("0:25"));
        assertEquals(0, files("media"), "nothing stored for rejected uploads");
        assertEquals(0, files("uploads"));
    }

    @Test
    void aWrittenWaiverAcceptsAProgramOutsideTheRule() {
        Api.Reply reply = admin.postMultipart("/api/v1/programs", Map.of("title", "Lời kêu gọi của Chủ tịch tỉnh",
                "producing_unit_code", Fixtures.PROVINCE, "duration_waiver", "Phát nguyên văn bài phát biểu, không cắt"),
                "loi-keu-goi.mp3", TestAudio.mp3(25, 6));
        JsonObject program = Programs.await(admin, expect(reply, 202).json().getLong("id"));
        assertEquals("ready", program.getString("status"), program.encode());
        assertEquals("Phát nguyên văn bài phát biểu, không cắt", program.getString("duration_waiver"));
    }

    @Test
    void theSameAudioUploadedTwiceIsStoredOnce() throws IOException {
        byte[] audio = TestAudio.mp3(5, 7);
        JsonObject a = Programs.await(admin, Programs.upload(admin, Fixtures.DISTRICT, "Lần một", audio).getLong("id"));
        JsonObject b = Programs.await(admin, Programs.upload(admin, Fixtures.DISTRICT, "Lần hai", audio).getLong("id"));
        assertEquals(a.getJsonObject("rendition").getString("sha256"), b.getJsonObject("rendition").getString("sha256"));
        assertEquals(1, files("media"));
    }

    @Test
    void approvalWorkflowAndHistoryThatIsNeverDeleted() {
        long id = Programs.ready(admin, Fixtures.DISTRICT, "Mô hình nuôi dê", 8).getLong("id");
        assertEquals("approved", expect(admin.post("/api/v1/programs/" + id + "/approve", new JsonObject()), 200).json()
                .getString("status"));
        assertError(admin.post("/api/v1/programs/" + id + "/approve", new JsonObject()), 409, "wrong_status");
        assertEquals("retired", expect(admin.post("/api/v1/programs/" + id + "/retire", new JsonObject()), 200).json()
                .getString("status"));

        long stationId = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201).json().getLong("id");
        Api agent = scheduler.api().withToken(Fixtures.enrol(admin, scheduler.api(), stationId));
        expect(agent.post("/api/v1/stations/" + stationId + "/as-run", new JsonObject().put("records", new JsonArray()
                .add(new JsonObject().put("sequence", 1).put("program_id", id).put("outcome", "played")))), 200);
        assertError(admin.delete("/api/v1/programs/" + id), 409, "program_has_history");
        assertEquals(1, (int) scheduler.store().read(r -> r.stations().countAsRunRecords(stationId)));

        long mistake = Programs.ready(admin, Fixtures.DISTRICT, "Tải nhầm", 9).getLong("id");
        expect(admin.delete("/api/v1/programs/" + mistake), 204);
        assertError(admin.get("/api/v1/programs/" + mistake), 404, "not_found");
    }

    @Test
    void uploadsWithoutAFileOrNotMultipartAreRefusedAndNothingIsCreated() {
        assertError(admin.postMultipart("/api/v1/programs", Map.of("title", "Không có tệp"), null, null), 400, "invalid_input");
        assertError(admin.post("/api/v1/programs", new JsonObject().put("title", "JSON")), 415, "unsupported_media_type");
        assertEquals(0, expect(admin.get("/api/v1/programs"), 200).items().size());
    }

    @Test
    void aStationFetchesApprovedProgramsOfUnitsAboveItButNotOthers() {
        JsonObject district = Programs.approved(admin, Fixtures.DISTRICT, "Của huyện", 10);
        JsonObject draft = Programs.ready(admin, Fixtures.DISTRICT, "Chưa duyệt", 11);
        long stationId = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201).json().getLong("id");
        Api agent = scheduler.api().withToken(Fixtures.enrol(admin, scheduler.api(), stationId));
        assertEquals(200, agent.download(district.getJsonObject("rendition").getString("url")).statusCode());
        assertEquals(403, agent.download(draft.getJsonObject("rendition").getString("url")).statusCode());
    }
}
