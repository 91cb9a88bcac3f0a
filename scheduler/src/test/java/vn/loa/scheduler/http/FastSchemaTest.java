package vn.loa.scheduler.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.contract.MediaType;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.openapi.validation.RequestValidator;
import io.vertx.openapi.validation.impl.RequestParameterImpl;
import io.vertx.openapi.validation.impl.ValidatableRequestImpl;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quick check of the agents' hot bodies never disagrees with the contract's own validator: every mutation of a
 * real as-run batch and heartbeat it calls valid the library accepts, and every one it calls invalid the library
 * refuses. (Whatever it cannot tell goes to the library in the server, so that answer is always the contract's.)
 */
class FastSchemaTest {

    private static Vertx vertx;
    private static OpenAPIContract contract;
    private static RequestValidator library;

    @BeforeAll
    static void contract() throws Exception {
        vertx = Vertx.vertx();
        contract = OpenAPIContract.from(vertx, ApiServer.CONTRACT).toCompletionStage().toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        library = RequestValidator.create(vertx, contract);
    }

    @AfterAll
    static void close() {
        vertx.close();
    }

    @Test
    void theAgentsBodiesAreUnderstoodWholeSoTheirValidCallsNeverReachTheLibrary() {
        for (String call : ApiServer.AGENTS_CALLS) {
            assertTrue(QuickValidation.of(vertx, contract, call).complete(), call);
        }
        assertEquals(FastSchema.Verdict.VALID, bodySchema("postAsRunRecords").check(batch(signedRecord(), relayRecord())));
        assertEquals(FastSchema.Verdict.VALID, bodySchema("postHeartbeat").check(heartbeat()));
    }

    @Test
    void everyAsRunMutationCalledValidOrInvalidIsTheContractsOwnAnswer() {
        FastSchema quick = bodySchema("postAsRunRecords");
        int decided = 0;
        for (JsonObject record : List.of(signedRecord(), relayRecord())) {
            for (JsonObject mutated : mutations(record, "sequence")) {
                decided += agree("postAsRunRecords", quick, batch(mutated));
            }
        }
        decided += agree("postAsRunRecords", quick, new JsonObject());
        decided += agree("postAsRunRecords", quick, new JsonObject().put("records", new JsonArray()));
        decided += agree("postAsRunRecords", quick, new JsonObject().put("records", "không phải danh sách"));
        JsonArray tooMany = new JsonArray();
        for (int i = 1; i <= 1001; i++) {
            tooMany.add(new JsonObject().put("sequence", i).put("outcome", "played"));
        }
        decided += agree("postAsRunRecords", quick, new JsonObject().put("records", tooMany));
        // nearly every mutation is decided without the library, or the quick path would save nothing
        assertTrue(decided > 300, "decided " + decided);
    }

    @Test
    void everyHeartbeatMutationCalledValidOrInvalidIsTheContractsOwnAnswer() {
        FastSchema quick = bodySchema("postHeartbeat");
        int decided = 0;
        for (JsonObject mutated : mutations(heartbeat(), null)) {
            decided += agree("postHeartbeat", quick, mutated);
        }
        assertTrue(decided > 100, "decided " + decided);
    }

    /** 1 when the quick check decided and agreed with the library; 0 when it left the value to the library. */
    private static int agree(String operationId, FastSchema quick, JsonObject body) {
        FastSchema.Verdict verdict = quick.check(body);
        if (verdict == FastSchema.Verdict.UNSURE) {
            return 0;
        }
        boolean valid = libraryAccepts(operationId, body);
        assertEquals(verdict == FastSchema.Verdict.VALID, valid, () -> "quick " + verdict + " for " + body.encode());
        return 1;
    }

    private static boolean libraryAccepts(String operationId, JsonObject body) {
        Map<String, RequestParameter> path = Map.of("id", new RequestParameterImpl("7"));
        var request = new ValidatableRequestImpl(Map.of(), Map.of(), path, Map.of(),
                new RequestParameterImpl(Buffer.buffer(body.encode())), MediaType.APPLICATION_JSON);
        try {
            library.validate(request, operationId).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException refused) {
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The object unchanged, each field replaced by each odd value, each field dropped, and a field too many. */
    private static List<JsonObject> mutations(JsonObject original, String requiredField) {
        List<Object> odd = new ArrayList<>(List.of(-1, 0, 1, 1.5, 1.0, -96.5, 86400.5, 9007199254740991L,
                9007199254740992L, 31536000001L, "", "a\nb", "đã phát xong ở loa Phường Ba Đình", "x".repeat(501),
                "ab".repeat(6001), "0".repeat(64), "0".repeat(64) + "\n", "2026-12-07T08:00:00Z",
                "2026-12-07T08:00:00.250Z", "2026-12-07 08:00:00", "played", "silence", true, new JsonObject(),
                new JsonArray()));
        odd.add(null);
        List<JsonObject> all = new ArrayList<>();
        all.add(original.copy());
        for (String field : original.fieldNames()) {
            for (Object value : odd) {
                all.add(original.copy().put(field, value));
            }
            JsonObject dropped = original.copy();
            dropped.remove(field);
            all.add(dropped);
        }
        all.add(original.copy().put("ghi_chú", "thêm"));
        if (requiredField != null) {
            JsonObject missing = original.copy();
            missing.remove(requiredField);
            all.add(missing);
        }
        return all;
    }

    private static FastSchema bodySchema(String operationId) {
        return FastSchema.of(contract.operation(operationId).getRequestBody().getContent()
                .get(MediaType.APPLICATION_JSON).getSchema());
    }

    private static JsonObject batch(JsonObject... records) {
        return new JsonObject().put("records", new JsonArray(List.of((Object[]) records)));
    }

    private static JsonObject signedRecord() {
        return new JsonObject().put("sequence", 42).put("item_id", 1234).put("program_id", 56).put("campaign_id", 7)
                .put("notice_id", null).put("content_sha256", "ab".repeat(32))
                .put("planned_start", "2026-12-07T06:30:00Z").put("actual_start", "2026-12-07T06:30:00.012Z")
                .put("actual_end", "2026-12-07T06:34:10.500Z").put("seconds_played", 250.488).put("outcome", "played")
                .put("reason", null).put("clock_offset_ms", -35).put("clock_uncertainty_ms", 12)
                .put("start_margin_ms", 12).put("fallback", false).put("rendered_print", "p1:QUJDRA==")
                .put("rendered_level_db", -18.5).put("heard_print", "p1:QUJDRA==").put("heard_level_db", -30)
                .put("prev_hash", "0".repeat(64)).put("signature", "c2lnbmF0dXJl");
    }

    private static JsonObject relayRecord() {
        return new JsonObject().put("sequence", 43).put("relay_id", 3).put("relay_source_id", 9)
                .put("actual_start", "2026-12-07T11:00:00Z").put("actual_end", "2026-12-07T11:30:00Z")
                .put("seconds_played", 1790).put("outcome", "interrupted").put("dropouts", 2).put("dropout_seconds", 10.5)
                .put("relay_fallback", "silence").put("reason", "mất kết nối luồng VOV1");
    }

    private static JsonObject heartbeat() {
        return new JsonObject().put("agent_version", "0.1.0").put("clock_offset_ms", 120)
                .put("free_disk_bytes", 52_000_000_000L).put("cache_state", "12 tệp, đủ cho 7 ngày")
                .put("audio_state", "đang phát").put("relay_state", "VOV1: tốt").put("last_error", null)
                .put("outbox_backlog", 0).put("resident_bytes", 80_000_000).put("clock_uncertainty_ms", 8);
    }
}
