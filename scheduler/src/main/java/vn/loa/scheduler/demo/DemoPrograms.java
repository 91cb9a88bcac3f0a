package vn.loa.scheduler.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.media.Ffmpeg;
import vn.loa.scheduler.MediaLibrary;
import vn.loa.scheduler.access.Caller;
import vn.loa.scheduler.campaigns.Campaigns;
import vn.loa.scheduler.domain.programs.Program;
import vn.loa.scheduler.domain.programs.ProgramKind;
import vn.loa.scheduler.domain.programs.ProgramStatus;
import vn.loa.scheduler.handplans.HandPlans;
import vn.loa.scheduler.planning.CampaignSpec;
import vn.loa.scheduler.planning.FrequencyTarget;
import vn.loa.scheduler.planning.Priority;
import vn.loa.scheduler.portal.Portal;
import vn.loa.scheduler.programs.ProgramLibrary;
import vn.loa.scheduler.programs.Upload;

/**
 * Demo programs, generated at start (nothing committed): tones with a slow swell, 3–3.5 minutes each,
 * titled after the plans' real topics, run through the real ingest. All but the last are approved,
 * so the library shows both approved programs and one awaiting review. A 20-second urgent notice clip
 * is approved too: the simulated stations open their day with it (see {@link DemoAgents}).
 */
public final class DemoPrograms {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPrograms.class);

    private record Demo(String title, String topic, String unit, int seconds, int baseHz, ProgramKind kind, boolean approve) {
    }

    private static final ProgramKind PROGRAM = ProgramKind.PROGRAM;
    private static final ProgramKind NOTICE = ProgramKind.URGENT_NOTICE;

    private static final List<Demo> DEMOS = List.of(
            new Demo("Chính sách hỗ trợ hộ nghèo vay vốn sản xuất", "Chính sách giảm nghèo", "19", 195, 220, PROGRAM, true),
            new Demo("Hướng dẫn phòng chống rét cho trâu bò", "Kỹ thuật chăn nuôi", "19", 185, 247, PROGRAM, true),
            new Demo("Mô hình trồng quế hữu cơ ở xã Na Rì", "Mô hình giảm nghèo", "02155", 210, 262, PROGRAM, true),
            new Demo("Phòng chống cháy rừng mùa hanh khô", "An toàn cộng đồng", "19", 200, 196, PROGRAM, true),
            new Demo("Gia đình văn hoá tiêu biểu thôn Nam Mẫu, xã Ba Bể", "Gương điển hình", "01906", 190, 233, PROGRAM,
                    false),
            new Demo("Bản tin thử hệ thống truyền thanh", "Thông báo", "19", 20, 523, NOTICE, true));

    private DemoPrograms() {
    }

    /**
     * Blocking: generates and ingests the demo's 20-second urgent-notice clip and approves it, first, so the simulated
     * stations can start (their window opens with the relay and this notice) while the long programs are still being
     * made. Returns the clip, if it made it through ingest.
     */
    public static Optional<Long> loadNotice(MediaLibrary library, ProgramLibrary programs, Path workDir) {
        for (int i = 0; i < DEMOS.size(); i++) {
            if (DEMOS.get(i).kind() == NOTICE) {
                return ingest(library, programs, workDir, i);
            }
        }
        return Optional.empty();
    }

    /**
     * Blocking: generates and ingests the demo programs, then runs a campaign modelled on the plans (every approved
     * demo program once a day at every station of the province) and publishes the schedules. Call it off the event
     * loop.
     */
    public static void loadPrograms(MediaLibrary library, ProgramLibrary programs, Campaigns campaigns, Portal portal,
                                    HandPlans hand, String url, Path workDir) {
        Caller demoCaller = Caller.system("demo", null);
        List<Long> approved = new ArrayList<>();
        for (int i = 0; i < DEMOS.size(); i++) {
            if (DEMOS.get(i).kind() != NOTICE) {
                ingest(library, programs, workDir, i).ifPresent(approved::add);
            }
        }
        if (!approved.isEmpty()) {
            long campaign = publishCampaign(campaigns, approved);
            // as Dự án 6 asks: the campaign's programs on the province's portal too, for residents to hear again
            portal.setCampaignPublic(demoCaller, campaign, true);
            LOG.info("[demo] Chiến dịch mẫu công khai trên cổng thông tin / The demo campaign is public: {}public/campaigns/{}"
                    + "  podcast: {}public/campaigns/{}/feed.xml", url, campaign, url, campaign);
            // the province's evergreen fallback: a station cut off longer than its horizon still airs these
            hand.setFallback(demoCaller, DemoProvince.PROVINCE_CODE, null, approved);
        }
    }

    /** Generates, ingests and (when the demo says so) approves one demo program; its id when approved. */
    private static Optional<Long> ingest(MediaLibrary library, ProgramLibrary programs, Path workDir, int i) {
        Caller demoCaller = Caller.system("demo", null);
        Demo demo = DEMOS.get(i);
        try {
            Path source = generate(library.ffmpeg(), workDir, demo, i);
            ProgramLibrary.Accepted accepted = programs.accept(demoCaller, new Upload(demo.title(), demo.topic(), null,
                    demo.kind().wireName(), null, demo.unit(), List.of(new Upload.File("file",
                    source.getFileName().toString(), source, Files.size(source)))));
            Program done = library.ingestion().process(accepted.program().id(), accepted.source(), demoCaller.actor());
            ProgramStatus status = done.status();
            Optional<Long> approved = Optional.empty();
            if (status == ProgramStatus.READY && demo.approve()) {
                programs.approve(demoCaller, done.id());
                approved = Optional.of(done.id());
                status = ProgramStatus.APPROVED;
            }
            LOG.info("[demo] chương trình mẫu / demo program #{} \"{}\": {}", done.id(), demo.title(), status.vietnamese());
            return approved;
        } catch (IOException | RuntimeException e) {
            LOG.warn("[demo] không tạo được chương trình mẫu / could not make demo program \"{}\": {}", demo.title(),
                    e.toString());
            return Optional.empty();
        }
    }

    private static long publishCampaign(Campaigns campaigns, List<Long> programs) {
        LocalDate today = campaigns.today();
        CampaignSpec spec = new CampaignSpec("Tuyên truyền giảm nghèo về thông tin năm 2026 (Dự án 6)",
                DemoProvince.PROVINCE_CODE, today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1).minusDays(1),
                Priority.NORMAL, new FrequencyTarget(FrequencyTarget.Kind.PER_PROGRAM_PER_DAY, 1),
                List.of(DemoProvince.PROVINCE_CODE), List.of(), programs, List.of());
        Campaigns.Transition published = campaigns.createAndPublish(Caller.system("demo", null), spec);
        LOG.info("[demo] kế hoạch mẫu đã xuất bản / demo campaign published: {} lượt phát / airings",
                published.published().items());
        return published.campaign().id();
    }

    private static Path generate(Ffmpeg ffmpeg, Path workDir, Demo demo, int index) throws IOException {
        Files.createDirectories(workDir);
        Path file = workDir.resolve("demo-" + index + ".mp3");
        String expression = String.format(Locale.ROOT,
                "0.25*sin(2*PI*%d*t)*(0.55+0.45*sin(2*PI*0.7*t))+0.15*sin(2*PI*%d*t)*(0.5+0.5*sin(2*PI*0.23*t))",
                demo.baseHz(), demo.baseHz() * 3 / 2);
        Ffmpeg.Run run = ffmpeg.run(List.of("-y", "-v", "error", "-f", "lavfi", "-i",
                "aevalsrc=exprs=" + expression + ":s=44100:d=" + demo.seconds(),
                "-metadata", "title=" + demo.title(), "-c:a", "libmp3lame", "-b:a", "128k", Ffmpeg.url(file)), 300);
        if (run.exitCode() != 0) {
            throw new IllegalStateException("ffmpeg could not generate demo audio: " + run.stderrTail());
        }
        return file;
    }
}
