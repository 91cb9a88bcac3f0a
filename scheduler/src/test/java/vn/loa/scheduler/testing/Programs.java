package vn.loa.scheduler.testing;

import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.loa.media.TestAudio;

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
        return Eventually.value("program " + id + " processed", Duration.ofSeconds(60), Duration.ofMillis(100),
                () -> Optional.of(Fixtures.expect(api.get("/api/v1/programs/" + id), 200).json())
                        .filter(p -> !p.getString("status").equals("processing")));
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
