package vn.loa.scheduler.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.loa.scheduler.domain.AsRunRecord;
import vn.loa.scheduler.domain.BroadcastWindow;
import vn.loa.scheduler.domain.OrgUnitLevel;
import vn.loa.scheduler.domain.OrgUnitSpec;
import vn.loa.scheduler.domain.QuietHours;
import vn.loa.scheduler.domain.ScheduledItem;
import vn.loa.scheduler.domain.Station;
import vn.loa.scheduler.domain.StationSpec;
import vn.loa.scheduler.domain.programs.NewProgram;
import vn.loa.scheduler.domain.programs.ProgramKind;
import vn.loa.scheduler.domain.programs.ProgramStatus;
import vn.loa.scheduler.domain.programs.Rendition;
import vn.loa.scheduler.publishing.SchedulePublisher;
import vn.loa.scheduler.store.SqliteStore;
import vn.loa.scheduler.testing.MutableClock;

/**
 * The frozen past as a property: on a real store, random sequences of what planners and admins do —
 * publish a campaign, close one, edit a station's windows, retire a program, issue and cancel urgent
 * notices, agents reporting airings — each followed by the publication it causes, at random instants.
 * After every publication, every item that was published to start before the instant plus the lead
 * time is still there as it was (id, time, length, program, rendition, campaign, notice, reason), and
 * one that had started keeps its place in the day's order too (a new notice may still go before one
 * due in the next two minutes); an id never names two different airings; campaign items never overlap.
 * The one exception is explicit: cancelling a notice withdraws its airings that are not over.
 */
class FrozenPastTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Duration LEAD = Duration.ofMinutes(2);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final int HORIZON = 3;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25})
    void nothingBeforeTheInstantPlusTheLeadTimeEverChanges(int seed) {
        Random random = new Random(seed);
        Instant start = MONDAY.atTime(0, 5).atZone(ZONE).toInstant().plusSeconds(random.nextInt(6 * 3600));
        MutableClock clock = new MutableClock(start);
        try (SqliteStore store = SqliteStore.open(dir.resolve("s" + seed), 10_000)) {
            World world = World.build(store, clock.instant());
            SchedulePublisher publisher = new SchedulePublisher(store, clock, HORIZON, ZONE, LEAD);
            publisher.publish();
            Map<Long, String> everSeen = new HashMap<>();
            long sequence = 0;
            for (int k = 0; k < 40; k++) {
                int step = k;
                clock.advance(Duration.ofSeconds(random.nextInt(3 * 3600)));
                Instant now = clock.instant();
                Map<Long, String> frozenBefore = snapshot(store, world, now.plus(LEAD), Form.AIRING_AND_REASON);
                Map<Long, String> firstPositions = snapshot(store, world, now, Form.PLACED);
                String operation = world.randomChange(store, random, now);
                // a cancelled notice is the one explicit exception: its airings not yet over are withdrawn
                Map<Long, String> stillThere = snapshot(store, world, now.plus(LEAD), Form.AIRING_AND_REASON);
                if (operation.startsWith("cancel")) {
                    frozenBefore.keySet().retainAll(stillThere.keySet());
                }
                if (random.nextInt(3) == 0) {
                    sequence = world.reportAnAiring(store, random, now, sequence);
                }
                publisher.publish();
                Map<Long, String> after = snapshot(store, world, Instant.MAX, Form.AIRING_AND_REASON);
                for (Map.Entry<Long, String> e : frozenBefore.entrySet()) {
                    assertEquals(e.getValue(), after.get(e.getKey()),
                            "seed " + seed + ", step " + step + " (" + operation + "): item " + e.getKey() + " changed");
                }
                Map<Long, String> positionsAfter = snapshot(store, world, now, Form.PLACED);
                firstPositions.forEach((id, text) -> assertEquals(text, positionsAfter.get(id), "seed " + seed + ", step "
                        + step + " (" + operation + "): an item that had started moved in the day's order"));
                Map<Long, String> identities = snapshot(store, world, Instant.MAX, Form.AIRING);
                identities.forEach((id, identity) -> {
                    String earlier = everSeen.putIfAbsent(id, identity);
                    assertTrue(earlier == null || earlier.equals(identity), "seed " + seed + ": id " + id + " reused for "
                            + identity + " (was " + earlier + ")");
                });
                assertNoOverlap(store, world, seed, step);
            }
        }
    }

    /** How much of an item a snapshot keeps: all of it; the airing and its place in the day; the airing only. */
    private enum Form { AIRING_AND_REASON, PLACED, AIRING }

    /** Active items of every station and day of the week and horizon that start before {@code before}, by id. */
    private static Map<Long, String> snapshot(SqliteStore store, World world, Instant before, Form form) {
        Map<Long, String> items = new LinkedHashMap<>();
        store.read(r -> {
            for (long station : world.stations) {
                for (ScheduledItem i : r.agentReports().scheduleItems(station, MONDAY, MONDAY.plusDays(13))) {
                    if (!i.plannedStart().isBefore(before)) {
                        continue;
                    }
                    String identity = i.day() + " " + i.plannedStart() + " " + i.durationMillis() + " p" + i.programId() + " "
                            + i.contentSha256() + " c" + i.campaignId() + " n" + i.noticeId();
                    items.put(i.id(), switch (form) {
                        case AIRING_AND_REASON -> identity + " " + i.reason();
                        case PLACED -> identity + " #" + i.position();
                        case AIRING -> identity;
                    });
                }
            }
            return null;
        });
        return items;
    }

    /** Two campaign items never overlap; only an urgent notice may cut into an item. */
    private static void assertNoOverlap(SqliteStore store, World world, int seed, int step) {
        store.read(r -> {
            for (long station : world.stations) {
                List<ScheduledItem> items = r.agentReports().scheduleItems(station, MONDAY, MONDAY.plusDays(13)).stream()
                        .filter(i -> i.noticeId() == null).toList();
                for (int k = 1; k < items.size(); k++) {
                    ScheduledItem prev = items.get(k - 1);
                    ScheduledItem cur = items.get(k);
                    if (prev.day().equals(cur.day())) {
                        assertFalse(prev.plannedStart().plusMillis(prev.durationMillis()).isAfter(cur.plannedStart()),
                                "seed " + seed + ", step " + step + ": overlap " + prev + " / " + cur);
                    }
                }
            }
            return null;
        });
    }

    /** The province, its stations and programs, and the changes people make to them. */
    private static final class World {
        final List<Long> stations = new ArrayList<>();
        final List<Long> programs = new ArrayList<>();
        final List<Long> noticePrograms = new ArrayList<>();
        final List<Long> campaigns = new ArrayList<>();
        final List<Long> notices = new ArrayList<>();

        static World build(SqliteStore store, Instant now) {
            World w = new World();
            store.write(r -> {
                r.orgUnits().insert(new OrgUnitSpec("99", "Tỉnh Thử Nghiệm", "Tỉnh", OrgUnitLevel.PROVINCE, null), now);
                for (int i = 0; i < 4; i++) {
                    String commune = String.format("%05d", 10_000 + i);
                    r.orgUnits().insert(new OrgUnitSpec(commune, "Xã Đồng Tâm " + i, "Xã", OrgUnitLevel.COMMUNE, "99"), now);
                    w.stations.add(r.stations().insert(new StationSpec("FP-" + i, "Đài xã " + i, commune, List.of("vi"),
                            StationSpec.DEFAULT_TIME_ZONE, windows(i, 0), QuietHours.DEFAULT, null), now).id());
                }
                for (int p = 0; p < 14; p++) {
                    boolean notice = p >= 12;
                    long id = r.programs().insert(new NewProgram((notice ? "Thông báo bão số " : "Chương trình ") + p, null,
                            "99", "vi", notice ? ProgramKind.URGENT_NOTICE : ProgramKind.PROGRAM, null, "p.mp3", 1, "test"), now).id();
                    long millis = notice ? 20_000 + p * 1000L : (180 + (p * 37L) % 115) * 1000;
                    r.programs().markReady(id, new Rendition(String.format("%064x", p + 1), "audio/mpeg", 100_000, millis, 0, -20,
                            -3, -16, -1.5, 5), "test", new JsonObject(), now);
                    r.programs().setStatus(id, ProgramStatus.APPROVED, now);
                    (notice ? w.noticePrograms : w.programs).add(id);
                }
                return null;
            });
            return w;
        }

        /** Windows in the shapes of the plans; {@code variant} moves and stretches them (an admin's edit). */
        static List<BroadcastWindow> windows(int station, int variant) {
            List<BroadcastWindow> windows = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                if (station == 3 && day.getValue() > 5) {
                    continue;
                }
                windows.add(new BroadcastWindow(day, 360 + 5 * variant, 390 + 10 * variant));
                windows.add(new BroadcastWindow(day, 660, 690 + 5 * variant));
                windows.add(new BroadcastWindow(day, 1020 - 5 * variant, 1065));
            }
            return windows;
        }

        String randomChange(SqliteStore store, Random random, Instant now) {
            int kind = random.nextInt(7);
            return store.write(r -> {
                switch (kind) {
                    case 0, 1 -> {
                        List<Long> chosen = new ArrayList<>(programs);
                        Collections.shuffle(chosen, random);
                        FrequencyTarget target = switch (random.nextInt(3)) {
                            case 0 -> new FrequencyTarget(FrequencyTarget.Kind.PER_PROGRAM_PER_DAY, 1 + random.nextInt(2));
                            case 1 -> new FrequencyTarget(FrequencyTarget.Kind.PER_PROGRAM_PER_WEEK, 1 + random.nextInt(4));
                            default -> new FrequencyTarget(FrequencyTarget.Kind.ANY_PER_DAY, 1 + random.nextInt(3));
                        };
                        List<Long> targets = random.nextBoolean() ? List.of() : List.of(stations.get(random.nextInt(4)));
                        campaigns.add(r.planning().insertCampaign(new CampaignSpec("Kế hoạch " + campaigns.size(), "99",
                                MONDAY.minusDays(random.nextInt(20)), MONDAY.plusDays(random.nextInt(10)),
                                Priority.values()[1 + random.nextInt(3)], target, targets.isEmpty() ? List.of("99") : List.of(),
                                targets, chosen.subList(0, 2 + random.nextInt(8)), List.of()), CampaignStatus.ACTIVE, now).id());
                        return "publish a campaign";
                    }
                    case 2 -> {
                        if (campaigns.isEmpty()) {
                            return "nothing";
                        }
                        r.planning().setCampaignStatus(campaigns.get(random.nextInt(campaigns.size())), CampaignStatus.CLOSED, now);
                        return "close a campaign";
                    }
                    case 3 -> {
                        Station s = r.stations().find(stations.get(random.nextInt(4))).orElseThrow();
                        StationSpec spec = s.spec();
                        r.stations().update(s.id(), new StationSpec(spec.code(), spec.name(), spec.communeCode(), spec.languages(),
                                spec.timeZone(), windows((int) (s.id() % 4), random.nextInt(4)), spec.quietHours(),
                                spec.quietHoursWaiver()), now);
                        return "edit a station's windows";
                    }
                    case 4 -> {
                        long program = noticePrograms.get(random.nextInt(noticePrograms.size()));
                        Instant airAt = random.nextBoolean() ? null : now.plusSeconds(random.nextInt(4 * 3600));
                        notices.add(r.planning().insertNotice(new NoticeSpec("Bão số " + notices.size(),
                                program, "99", airAt, random.nextBoolean(), 1 + random.nextInt(3), 10 + random.nextInt(50),
                                List.of("99"), List.of()), now));
                        return "issue a notice";
                    }
                    case 5 -> {
                        if (notices.isEmpty()) {
                            return "nothing";
                        }
                        long notice = notices.get(random.nextInt(notices.size()));
                        r.planning().cancelNotice(notice, now, "test");
                        r.planning().withdrawNotice(notice, now, "thông báo đã bị huỷ");
                        return "cancel a notice";
                    }
                    default -> {
                        long program = programs.get(random.nextInt(programs.size()));
                        r.programs().setStatus(program, ProgramStatus.RETIRED, now);
                        return "retire a program";
                    }
                }
            });
        }

        /** An agent reports a random item that has passed as played or missed (so make-ups come in). */
        long reportAnAiring(SqliteStore store, Random random, Instant now, long sequence) {
            long station = stations.get(random.nextInt(4));
            List<ScheduledItem> past = store.read(r -> r.agentReports().scheduleItems(station, MONDAY, MONDAY.plusDays(13)))
                    .stream().filter(i -> i.plannedStart().plusMillis(i.durationMillis()).isBefore(now)).toList();
            if (past.isEmpty()) {
                return sequence;
            }
            ScheduledItem item = past.get(random.nextInt(past.size()));
            String outcome = random.nextBoolean() ? "played" : "missed";
            long next = sequence + 1;
            store.write(r -> r.agentReports().insertAsRun(station, r.sites().listForStation(station).get(0).id(), 0, new AsRunRecord(next, item.id(), item.programId(),
                    item.campaignId(), item.noticeId(), item.day(), item.contentSha256(), item.plannedStart(), null, null,
                    outcome.equals("played") ? item.durationMillis() / 1000.0 : 0, outcome, null, null, null, null), now));
            assertNotNull(item);
            return next;
        }
    }
}
