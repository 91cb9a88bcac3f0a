package vn.loa.scheduler.http;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The free space the data folder keeps (`health.min-free-disk-mb`): an upload or import that would
 * take the disk below it is refused (507) before its body is read, so the store, the renditions and
 * the as-run records always have room to be written.
 */
final class DiskFloor {

    private final Path dataDir;
    private final long minFreeBytes;

    DiskFloor(Path dataDir, long minFreeBytes) {
        this.dataDir = dataDir;
        this.minFreeBytes = minFreeBytes;
    }

    /** Usable bytes on the data folder's disk; -1 when it cannot be told. */
    long free() {
        try {
            return Files.getFileStore(Files.createDirectories(dataDir)).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    long minFreeBytes() {
        return minFreeBytes;
    }

    /** Refuses a body of {@code incomingBytes} that would leave less than the floor. */
    void check(long incomingBytes) {
        long free = free();
        if (free >= 0 && free - Math.max(0, incomingBytes) < minFreeBytes) {
            throw new ApiRefusal(full(free));
        }
    }

    ApiError full(long free) {
        return new ApiError(507, "disk_full", "Máy chủ sắp hết dung lượng đĩa (còn " + free / 1_048_576
                + " MB, cần giữ " + minFreeBytes / 1_048_576 + " MB); không nhận tệp mới. Hãy báo quản trị viên giải phóng"
                + " dung lượng.", "The server is nearly out of disk space (" + free / 1_048_576 + " MB free, "
                + minFreeBytes / 1_048_576 + " MB kept); no new files are accepted. Ask the administrator to free space.",
                new JsonObject().put("free_bytes", free).put("min_free_bytes", minFreeBytes));
    }
}
