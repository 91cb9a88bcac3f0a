package vn.loa.scheduler.asrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.loa.scheduler.testing.ErrorShape.assertError;
import static vn.loa.scheduler.testing.Fixtures.expect;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.loa.media.PcmDecoder;
import vn.loa.media.TestAudio;
import vn.loa.proof.AttestedRecord;
import vn.loa.proof.AudioFingerprint;
import vn.loa.proof.FingerprintMatch;
import vn.loa.proof.PrintBlocks;
import vn.loa.proof.RecordSignature;
import vn.loa.scheduler.cli.VerifyLogCommand;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.MutableClock;
import vn.loa.scheduler.testing.Programs;
import vn.loa.scheduler.testing.TestPostgres;
import vn.loa.scheduler.testing.TestScheduler;

/**
 * Signed, chained as-run records over the real API (issue 20), the PC played by the test with the same signing code
 * as the agent: what a PC signed is stored with its place in the chain; a forged record, one replayed from another
 * station, an unsigned one and one signed with a key the enrolment does not hold are refused and audited; a
 * skipped record is a gap; a record changed in the database (the store's guard dropped first) is caught by the
 * station's page and, offline, by {@code verify-log} on the export, which names it.
 */
class SignedRecordsIT {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withClock(clock);
    @TempDir
    Path tmp;
    private Api admin;
    private long hopGiang;
    private long hungDao;

    /** A PC as the agent is one: its key, the station it enrolled for, its token and the head of its chain. */
    private final class Pc {
        final KeyPair key = RecordSignature.newKeyPair();
        final long station;
        Api api;
        String chain;
        String head = AttestedRecord.GENESIS;

        Pc(long station) {
            this.station = station;
        }

        Pc enrol() {
            return enrolWith(RecordSignature.publicKeyText(key.getPublic()));
        }

        Pc enrolWith(String publicKey) {
            String code = expect(admin.post("/api/v1/stations/" + station + "/enrolment-codes", new JsonObject()), 201).json()
                    .getString("code");
            JsonObject answer = expect(scheduler.api().post("/api/v1/agent/enrol", new JsonObject().put("code", code)
                    .put("public_key", publicKey)), 200).json();
            api = scheduler.api().withToken(answer.getString("token"));
            chain = answer.getString("chain");
            return this;
        }

        /** The record of an airing {@code minute} minutes into the morning, signed and chained. */
        JsonObject record(long sequence, int minute) {
            return seal(airing(sequence, minute));
        }

        JsonObject airing(long sequence, int minute) {
            Instant start = NOW.minusSeconds(3600).plusSeconds(minute * 60L);
            return new JsonObject().put("sequence", sequence).put("outcome", "played").put("seconds_played", 180.5)
                    .put("planned_start", start.toString()).put("actual_start", start.toString())
                    .put("actual_end", start.plusSeconds(180).toString()).put("reason", "Phát đúng giờ");
        }

        /** Chains and signs a record as the agent does. */
        JsonObject seal(JsonObject r) {
            r.put("prev_hash", head);
            AttestedRecord attested = AttestedRecord.fromWire(station, r.getMap());
            head = attested.hash();
            return r.put("signature", RecordSignature.sign(key.getPrivate(), attested.canonical()));
        }

        JsonObject log() {
            return expect(admin.get("/api/v1/reports/as-run?station_id=" + station + "&from=2026-11-23&to=2026-11-23"), 200).json();
        }

        JsonObject send(JsonObject... records) {
            return expect(api.post("/api/v1/stations/" + station + "/as-run", new JsonObject()
                    .put("records", new JsonArray(List.of((Object[]) records)))), 200).json();
        }
    }

    @BeforeEach
    void stations() {
        admin = scheduler.admin();
        Fixtures.createTree(admin);
        hopGiang = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01273", Fixtures.COMMUNE)), 201).json().getLong("id");
        hungDao = expect(admin.post("/api/v1/stations", Fixtures.station("CB-01279", Fixtures.OTHER_COMMUNE)
                .put("name", "Đài truyền thanh xã Hưng Đạo")), 201).json().getLong("id");
    }

    private JsonObject chains(long station) {
        return expect(admin.get("/api/v1/stations/" + station + "/chains"), 200).json();
    }

    private static String refusal(JsonObject answer) {
        return answer.getJsonArray("refused").getJsonObject(0).getString("code");
    }

    private String verifyLog(long station) throws IOException {
        Path file = tmp.resolve("nhat-ky-" + station + ".jsonl");
        Files.writeString(file, expect(admin.get("/api/v1/reports/signed-log?station_id=" + station + "&from=2026-11-23&to=2026-11-23"),
                200).text());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new VerifyLogCommand(new PrintStream(out, true, StandardCharsets.UTF_8)).run(file);
        return exit + " " + out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void whatAPcSignedIsHeldInItsChainAndWhatItDidNotSignIsRefused() throws IOException {
        Pc pc = new Pc(hopGiang).enrol();
        assertEquals("new", pc.chain, "a new PC starts a new chain and is told so");
        JsonObject first = pc.send(pc.record(1, 0), pc.record(2, 5));
        assertEquals(new JsonArray().add(1).add(2), first.getJsonArray("acknowledged"), first.encode());

        JsonObject third = pc.record(3, 10);
        JsonObject forged = third.copy().put("seconds_played", 1.5);
        assertEquals("bad_signature", refusal(pc.send(forged)), "the right shape, but not what the PC signed");
        JsonObject unsigned = third.copy();
        unsigned.remove("signature");
        unsigned.remove("prev_hash");
        assertEquals("not_signed", refusal(pc.send(unsigned)));
        Pc other = new Pc(hungDao).enrol();
        JsonObject replayed = other.send(third.copy());
        assertEquals("bad_signature", refusal(replayed), "Hợp Giang's record replayed as Hưng Đạo's: " + replayed.encode());
        assertEquals(new JsonArray().add(3), pc.send(third).getJsonArray("acknowledged"));
        assertEquals(3, expect(admin.get("/api/v1/audit?limit=1000"), 200).items().stream().map(JsonObject.class::cast)
                .filter(e -> e.getString("action").equals("asrun.signature_refused")).count(), "each refusal audited");

        JsonObject chain = chains(hopGiang).getJsonArray("chains").getJsonObject(0);
        assertTrue(chain.getBoolean("intact"), chain.encode());
        assertEquals(3, chain.getInteger("records"));
        assertEquals("0 Đúng / OK — 3 bản ghi của 1 chuỗi", verifyLog(hopGiang).split(":")[0]);
        assertTrue(brokenChains().isEmpty(), "the dashboard lists no broken chain");

        JsonObject fourth = pc.record(4, 15); // written, not sent: the PC's outbox lost it
        pc.send(pc.record(5, 20));
        JsonObject gap = chains(hopGiang);
        assertTrue(gap.getBoolean("broken"));
        assertEquals("thiếu bản ghi số 4", gap.getJsonArray("chains").getJsonObject(0).getJsonArray("breaks").getJsonObject(0)
                .getString("message"), gap.encode());
        assertTrue(verifyLog(hopGiang).startsWith("1 HỎNG / BROKEN — đài / station CB-01273"), verifyLog(hopGiang));
        JsonArray broken = brokenChains();
        assertEquals(1, broken.size(), "the dashboard lists the station: " + broken.encode());
        assertEquals("CB-01273", broken.getJsonObject(0).getString("station_code"));
        assertEquals(5, broken.getJsonObject(0).getLong("first_sequence"), "record 5 names one the server never had");

        assertEquals(new JsonArray().add(4), pc.send(fourth).getJsonArray("acknowledged"), "the lost record turns up");
        assertTrue(brokenChains().isEmpty(), "and mends the break it left");
        assertTrue(chains(hopGiang).getJsonArray("chains").getJsonObject(0).getBoolean("intact"));
    }

    private JsonArray brokenChains() {
        return expect(admin.get("/api/v1/reports/today"), 200).json().getJsonArray("broken_chains");
    }

    @Test
    void aRecordChangedInTheDatabaseIsNamedByTheStationPageAndByVerifyLog() throws IOException, SQLException {
        Pc pc = new Pc(hopGiang).enrol();
        pc.send(pc.record(1, 0), pc.record(2, 5), pc.record(3, 10));
        try (Connection db = TestScheduler.connectDirectly(scheduler.dataDir())) {
            SQLException guarded = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> db.createStatement()
                    .executeUpdate("UPDATE as_run_record SET outcome = 'missed' WHERE sequence = 2"));
            assertTrue(guarded.getMessage().contains("cannot be changed"), guarded.getMessage());
            // one who holds the database can take the guard away; the chain still names the change
            db.createStatement().executeUpdate("DROP TRIGGER as_run_sealed_no_update"
                    + (TestPostgres.inUse() ? " ON as_run_record" : ""));
            db.createStatement().executeUpdate("UPDATE as_run_record SET outcome = 'missed', seconds_played = 0 WHERE sequence = 2");
        }
        JsonArray breaks = chains(hopGiang).getJsonArray("chains").getJsonObject(0).getJsonArray("breaks");
        assertEquals("bad_signature", breaks.getJsonObject(0).getString("kind"), breaks.encode());
        assertEquals(2, breaks.getJsonObject(0).getLong("sequence"));
        String verdict = verifyLog(hopGiang);
        assertTrue(verdict.startsWith("1 HỎNG"), verdict);
        assertTrue(verdict.contains("chữ ký của bản ghi số 2 không khớp"), verdict);
    }

    @Test
    void theSamePcEnrolledAgainGoesOnAndAnotherKeyIsNotTheEnrolmentsKey() {
        Pc pc = new Pc(hopGiang).enrol();
        pc.send(pc.record(1, 0));
        KeyPair old = pc.key;
        assertEquals("continued", pc.enrol().chain, "the same PC (its key) re-enrolled: its chain goes on");
        pc.send(pc.record(2, 5));
        assertTrue(chains(hopGiang).getJsonArray("chains").getJsonObject(0).getBoolean("intact"));

        Pc replacement = new Pc(hopGiang).enrol();
        assertEquals("new", replacement.chain);
        JsonObject stale = pc.record(3, 10); // signed by the PC whose enrolment was replaced, sent on the new token
        assertEquals("bad_signature", refusal(replacement.send(stale)));
        assertFalse(old.getPublic().equals(replacement.key.getPublic()));
        assertError(scheduler.api().post("/api/v1/agent/enrol", new JsonObject().put("code", "ABCD-EFGH").put("public_key",
                "không phải khóa")), 400, "invalid_input");
        assertEquals(2, chains(hopGiang).getJsonArray("chains").size(), "one chain per PC");
    }

    /** The fingerprint blocks of a program's rendition as the agent would send them for its first {@code seconds}. */
    private String printOf(String sha) throws IOException {
        return PrintBlocks.encode(FingerprintMatch.blocks(wordsOf(sha)));
    }

    private int[] wordsOf(String sha) throws IOException {
        Path rendition;
        try (java.util.stream.Stream<Path> files = Files.walk(scheduler.dataDir().resolve("media"))) {
            rendition = files.filter(f -> f.getFileName().toString().startsWith(sha)).findFirst().orElseThrow();
        }
        return AudioFingerprint.of(new PcmDecoder(TestAudio.FFMPEG).decode(rendition, AudioFingerprint.RATE));
    }

    /**
     * A capture input hears the loudspeaker late, and what it heard decides over what was rendered: its own program
     * heard 1.5 s late is matched, another program heard where this one was rendered is not, and silence heard is not
     * and is flagged with its level; the monitoring report lists the station with what was heard and the silence.
     */
    @Test
    void whatTheCaptureHeardDecidesAndSilenceHeardIsFlagged() throws IOException {
        String flood = Programs.await(admin, Programs.upload(admin, Fixtures.DISTRICT, "Bản tin phòng chống lũ quét",
                TestAudio.mp3(12, 51)).getLong("id")).getJsonObject("rendition").getString("sha256");
        String drought = Programs.await(admin, Programs.upload(admin, Fixtures.DISTRICT, "Chống hạn cho lúa đông xuân",
                TestAudio.mp3(12, 52)).getLong("id")).getJsonObject("rendition").getString("sha256");
        int[] heardLate = wordsOf(flood);
        int late = (int) Math.round(1.5 * FingerprintMatch.WORDS_PER_SECOND);
        String lateCapture = PrintBlocks.encode(FingerprintMatch.blocks(java.util.Arrays.copyOfRange(heardLate, late,
                heardLate.length)));
        String silence = PrintBlocks.encode(FingerprintMatch.blocks(AudioFingerprint.of(new short[AudioFingerprint.RATE * 10])));
        Pc pc = new Pc(hopGiang).enrol();
        JsonObject heard = pc.seal(pc.airing(1, 0).put("content_sha256", flood).put("seconds_played", 12.0)
                .put("rendered_print", printOf(flood)).put("rendered_level_db", -19.8).put("heard_print", lateCapture)
                .put("heard_level_db", -31.5));
        JsonObject other = pc.seal(pc.airing(2, 5).put("content_sha256", flood).put("seconds_played", 12.0)
                .put("rendered_print", printOf(flood)).put("rendered_level_db", -19.8).put("heard_print", printOf(drought))
                .put("heard_level_db", -30.0));
        JsonObject silent = pc.seal(pc.airing(3, 10).put("content_sha256", flood).put("seconds_played", 12.0)
                .put("rendered_print", printOf(flood)).put("rendered_level_db", -19.8).put("heard_print", silence)
                .put("heard_level_db", -96.0));
        assertEquals(new JsonArray().add(1).add(2).add(3), pc.send(heard, other, silent).getJsonArray("acknowledged"));
        List<JsonObject> log = pc.log().getJsonArray("items").stream().map(JsonObject.class::cast)
                .sorted(java.util.Comparator.comparingLong(o -> o.getLong("sequence"))).toList();
        assertEquals(List.of("heard_matched", "heard_not_matched", "heard_not_matched"),
                log.stream().map(o -> o.getString("evidence")).toList(), "heard 1.5 s late, another program, silence");
        assertEquals(java.util.Arrays.asList(null, null, "aired_silence"), log.stream().map(o -> o.getString("level_flag")).toList());
        assertEquals("Phát ra im lặng", log.get(2).getString("level_flag_vi"));

        JsonObject garbled = pc.seal(pc.airing(4, 15).put("content_sha256", flood).put("heard_print", "p1:QUJD"));
        assertEquals("bad_fingerprint", refusal(pc.send(garbled)), "a heard print of the wrong length is refused for that record");
        JsonObject report = expect(admin.get("/api/v1/reports/monitoring?unit=" + Fixtures.DISTRICT
                + "&from=2026-11-23&to=2026-11-23"), 200).json();
        JsonObject listed = report.getJsonArray("sound_mismatches").getJsonObject(0);
        assertEquals(2, listed.getInteger("mismatches"), listed.encode());
        assertEquals(2, listed.getInteger("heard_mismatches"));
        assertEquals(1, listed.getInteger("aired_silence"));
        assertEquals(1, report.getJsonObject("evidence").getInteger("sound_matched"), "only what was heard and matched proves");
        String csv = expect(admin.get("/api/v1/reports/as-run?station_id=" + hopGiang + "&from=2026-11-23&to=2026-11-23&format=csv"),
                200).text();
        assertTrue(csv.contains("Nghe lại qua đầu thu: KHÔNG khớp chương trình") && csv.contains("Phát ra im lặng"), csv);

        Path file = tmp.resolve("nhat-ky-nghe.jsonl");
        Files.writeString(file, expect(admin.get("/api/v1/reports/signed-log?station_id=" + hopGiang
                + "&from=2026-11-23&to=2026-11-23"), 200).text());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, new VerifyLogCommand(new PrintStream(out, true, StandardCharsets.UTF_8)).run(file),
                "the export carries the heard print's hash and the levels, and checks: " + out);
    }

    @Test
    void theSoundTheAgentRenderedIsMatchedToTheProgramItSaysAired() throws IOException {
        String rain = Programs.ready(admin, Fixtures.DISTRICT, "Bản tin phòng chống mưa lũ", 41).getJsonObject("rendition")
                .getString("sha256");
        String frost = Programs.ready(admin, Fixtures.DISTRICT, "Phòng chống rét cho trâu bò", 42).getJsonObject("rendition")
                .getString("sha256");
        Pc pc = new Pc(hopGiang).enrol();
        JsonObject matched = pc.seal(pc.airing(1, 0).put("content_sha256", rain).put("seconds_played", 4.0)
                .put("rendered_print", printOf(rain)));
        JsonObject other = pc.seal(pc.airing(2, 5).put("content_sha256", rain).put("seconds_played", 4.0)
                .put("rendered_print", printOf(frost)));
        JsonObject none = pc.record(3, 10);
        assertEquals(new JsonArray().add(1).add(2).add(3), pc.send(matched, other, none).getJsonArray("acknowledged"));
        List<String> evidence = pc.log().getJsonArray("items").stream().map(JsonObject.class::cast)
                .sorted(java.util.Comparator.comparingLong(o -> o.getLong("sequence"))).map(o -> o.getString("evidence")).toList();
        assertEquals(List.of("rendered_matched", "rendered_not_matched", "reported"), evidence,
                "its own sound, another program's sound where it says it aired this one, no print");

        JsonObject garbled = pc.seal(pc.airing(4, 15).put("content_sha256", rain).put("rendered_print", "p1:QUJD"));
        assertEquals("bad_fingerprint", refusal(pc.send(garbled)), "a print of the wrong length is refused for that record");
        String csv = expect(admin.get("/api/v1/reports/as-run?station_id=" + hopGiang + "&from=2026-11-23&to=2026-11-23&format=csv"),
                200).text();
        assertTrue(csv.contains("Âm thanh phát ra KHÔNG khớp chương trình"), csv);
        JsonObject report = expect(admin.get("/api/v1/reports/monitoring?unit=" + Fixtures.DISTRICT
                + "&from=2026-11-23&to=2026-11-23"), 200).json();
        JsonObject mismatch = report.getJsonArray("sound_mismatches").getJsonObject(0);
        assertEquals("CB-01273", mismatch.getString("station_code"), "the station whose sound did not match is listed");
        assertEquals(1, mismatch.getInteger("mismatches"));
        JsonObject monitoring = report.getJsonObject("evidence");
        assertEquals(3, monitoring.getInteger("played"), monitoring.encode());
        assertEquals(1, monitoring.getInteger("sound_matched"));
        assertEquals(1, monitoring.getInteger("sound_not_matched"));
        String printed = expect(admin.get("/api/v1/reports/monitoring?unit=" + Fixtures.DISTRICT
                + "&from=2026-11-23&to=2026-11-23&format=csv"), 200).text();
        assertTrue(printed.contains("Đã phát, có bằng chứng âm thanh: 1/3 lượt (33,3 %)"), printed);
    }
}
