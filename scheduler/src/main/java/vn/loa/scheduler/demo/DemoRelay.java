package vn.loa.scheduler.demo;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.media.Ffmpeg;
import vn.loa.media.LiveStream;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.domain.DomainException;
import vn.loa.scheduler.domain.relay.RelaySlot;
import vn.loa.scheduler.relays.RelaySlots;
import vn.loa.scheduler.relays.RelaySources;

/**
 * The demo's relay: "Tiếp âm VOV1 (mô phỏng)", a generated live stream served on loopback, relayed by every
 * station of the province in a morning and an evening slot on weekdays (06:00 and 17:30, ten minutes, inside
 * every demo station's windows), and by the simulated stations as their demo window opens, so the live
 * agents relay within the first minutes of the demo whatever the hour.
 */
public final class DemoRelay {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRelay.class);
    static final String SOURCE_NAME = "Tiếp âm VOV1 (mô phỏng)";
    private static final String MOUNT = "vov1.mp3";
    /** How long the simulated stations relay in their demo window. */
    static final int DEMO_MINUTES = 3;

    private DemoRelay() {
    }

    /** Starts the stream and names the source with the province's slots; empty when the stream cannot start. */
    public static Optional<Started> start(Ffmpeg ffmpeg, RelaySources sources, RelaySlots slots, LocalDate today) {
        LiveStream stream;
        try {
            stream = LiveStream.start(ffmpeg, MOUNT);
        } catch (IOException e) {
            LOG.warn("[demo] không chạy được luồng tiếp âm mô phỏng / cannot start the simulated relay stream: {}", e.toString());
            return Optional.empty();
        }
        Caller demo = Caller.system("demo", null);
        long source = sources.create(demo, new RelaySources.Draft(DemoProvince.PROVINCE_CODE, SOURCE_NAME, stream.url(MOUNT),
                null, true)).id();
        EnumSet<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        // from tomorrow: today the simulated stations relay in their own window, which whatever the hour of launch
        // then never meets the province's slots
        for (int start : new int[] {6 * 60, 17 * 60 + 30}) {
            slot(slots, demo, new RelaySlot(0, source, null, DemoProvince.PROVINCE_CODE, null, weekdays, start, 10, today.plusDays(1), null,
                    null, null, null));
        }
        return Optional.of(new Started(stream, source));
    }

    /**
     * The simulated stations relay from the opening of their window, today only: the demo's test notice, due at
     * the same instant, cuts in and the relay resumes after it (both recorded), as a real notice would.
     */
    static void forDemoStations(RelaySlots slots, long source, List<Long> stations, LocalDate day, int windowStart, int windowEnd) {
        Caller demo = Caller.system("demo", null);
        // launched just before midnight, the window ends with the day and so does the relay
        int minutes = Math.min(DEMO_MINUTES, windowEnd - windowStart);
        for (long station : stations) {
            slot(slots, demo, new RelaySlot(0, source, null, null, station, EnumSet.of(day.getDayOfWeek()), windowStart,
                    minutes, day, day, null, null, null));
        }
    }

    private static void slot(RelaySlots slots, Caller demo, RelaySlot slot) {
        try {
            slots.create(demo, slot);
        } catch (DomainException e) {
            // launched at 06:00 or 17:30, the demo window meets the province's slot: the demo goes on without it
            LOG.info("[demo] giờ tiếp âm không thêm được / relay slot not added: {}", e.messageEn());
        }
    }

    /** The stream (closed when the demo stops) and the source's id. */
    public record Started(LiveStream stream, long sourceId) {
    }
}
