package vn.loa.scheduler.testing;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import vn.loa.scheduler.domain.programs.NewProgram;
import vn.loa.scheduler.domain.programs.ProgramKind;
import vn.loa.scheduler.domain.programs.ProgramStatus;
import vn.loa.scheduler.domain.programs.Rendition;
import vn.loa.scheduler.store.Repositories;

/**
 * An approved Vietnamese program written straight into the store, with a rendition row and no audio behind it:
 * for benchmarks that plan, publish or count thousands of airings and never play one.
 */
public final class StoredPrograms {

    private StoredPrograms() {
    }

    /** Its rendition's hash is {@code number} in hex, so each number names a distinct rendition; returns its id. */
    public static long approved(Repositories r, String title, String unitCode, int number, long durationMillis, Instant now) {
        long id = r.programs().insert(new NewProgram(title, null, unitCode, "vi", ProgramKind.PROGRAM, null, "p.mp3", 1, "bench"),
                now).id();
        r.programs().markReady(id, new Rendition(String.format("%064x", number), "audio/mpeg", 1_000_000, durationMillis, 0, -20,
                -3, -16, -1.5, 5), "bench", new JsonObject(), now);
        r.programs().setStatus(id, ProgramStatus.APPROVED, now);
        return id;
    }
}
