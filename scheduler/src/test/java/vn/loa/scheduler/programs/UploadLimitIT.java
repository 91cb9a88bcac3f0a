package vn.loa.scheduler.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.loa.scheduler.testing.ErrorShape.assertError;
import static vn.loa.scheduler.testing.Fixtures.expect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.loa.scheduler.testing.Api;
import vn.loa.scheduler.testing.Fixtures;
import vn.loa.scheduler.testing.TestScheduler;

class UploadLimitIT {

    @RegisterExtension
    final TestScheduler scheduler = TestScheduler.withEnvironment(Map.of("LOA_UPLOAD_MAX_MB", "1"));

    @Test
    void anUploadOverTheCapIsRefusedAndLeavesNothing() throws IOException {
        Api admin = scheduler.admin();
        Fixtures.createTree(admin);
        assertError(admin.postMultipart("/api/v1/programs", Map.of("title", "Quá lớn", "producing_unit_code",
                Fixtures.DISTRICT), "lon.wav", new byte[1_300_000]), 413, "body_too_large");
        assertEquals(0, expect(admin.get("/api/v1/programs"), 200).items().size());
        Path uploads = scheduler.dataDir().resolve("uploads");
        if (Files.exists(uploads)) {
            try (Stream<Path> files = Files.list(uploads)) {
                assertEquals(0, files.count());
            }
        }
    }
}
