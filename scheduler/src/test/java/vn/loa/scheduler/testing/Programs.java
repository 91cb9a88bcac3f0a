package vn.loa.scheduler.testing;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/** Uploading programs and waiting for ingest, over the real API. */
public final class Programs {

    private Programs() {
    }

    public static JsonObject upload(Api api, String unitCode, String title, byte[] audio) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("producing_unit_code", unitCode);
        Api.Reply reply = api.postMultipart("/api/v1/programs", fields, title + ".mp3", audio);
        return Fixtures.expect(reply, 202).json();
    }

    /** Polls until the program leaves {@code processing} (ingest of a short clip takes about a second). */
    public static JsonObject await(Api api, long id) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonObject program = Fixtures.expect(api.get("/api/v1/programs/" + id), 200).json();
            if (!program.getString("status").equals("processing")) {
                return program;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("program " + id + " still processing after 60 s");
    }

    /** Uploads a clip with its own content (seed) and returns the program once ready. */
    public static JsonObject ready(Api api, String unitCode, String title, int seed) {
        JsonObject program = await(api, upload(api, unitCode, title, TestAudio.mp3(4, seed)).getLong("id"));
        if (!program.getString("status").equals("ready")) {
            throw new AssertionError("not ready: " + program.encode());
        }
        return program;
    }

    public static JsonObject approved(Api api, String unitCode, String title, int seed) {
        long id = ready(api, unitCode, title, seed).getLong("id");
        return Fixtures.expect(api.post("/api/v1/programs/" + id + "/approve", new JsonObject()), 200).json();
    }
}
