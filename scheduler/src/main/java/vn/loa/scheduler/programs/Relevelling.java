package vn.loa.scheduler.programs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.media.ContentStore;
import vn.loa.media.Ingest;
import vn.loa.media.LoudnessTarget;
import vn.loa.media.MediaException;
import vn.loa.scheduler.access.Actor;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.config.MediaSettings;
import vn.loa.scheduler.domain.programs.Program;
import vn.loa.scheduler.domain.programs.ProgramKind;
import vn.loa.scheduler.domain.programs.ProgramStatus;
import vn.loa.scheduler.domain.programs.Rendition;
import vn.loa.scheduler.store.Store;

/**
 * Brings renditions made before the levelling of issue 24 (or under another target) onto the target:
 * each program whose rendition's measured figures miss it is levelled again from that rendition (the
 * uploaded original is not kept), and takes the new rendition under its new hash. What is already
 * scheduled and frozen keeps the hash it aired or will air (its file stays in the media folder); the
 * re-plan that follows gives the rest of the horizon the new one. Blocking: run it on the ingest pool.
 */
public final class Relevelling {

    private static final Logger LOG = LoggerFactory.getLogger(Relevelling.class);
    private static final String WAIVER = "Chuẩn hoá lại độ lớn bản phát sóng đã có / re-levelling an existing rendition";

    private final Store store;
    private final Ingest ingest;
    private final ContentStore media;
    private final MediaSettings settings;
    private final Clock clock;

    public Relevelling(Store store, Ingest ingest, ContentStore media, MediaSettings settings, Clock clock) {
        this.store = store;
        this.ingest = ingest;
        this.media = media;
        this.settings = settings;
        this.clock = clock;
    }

    /** Levels every off-target rendition again; returns how many programs got a new one (then re-plan). */
    public int run() {
        LoudnessTarget target = settings.loudness();
        List<Program> off = store.read(r -> r.programs().list(null, null, null)).stream()
                .filter(p -> p.rendition() != null && p.status() != ProgramStatus.PROCESSING
                        && !target.holds(p.rendition().loudnessAfterLufs(), p.rendition().truePeakAfterDbtp()))
                .toList();
        int done = 0;
        int failed = 0;
        String firstFailure = null;
        for (Program p : off) {
            try {
                relevel(p);
                done++;
            } catch (IOException | MediaException | IllegalStateException e) {
                failed++;
                firstFailure = firstFailure != null ? firstFailure : "program " + p.id() + ": " + e;
            }
        }
        if (failed > 0) {
            LOG.warn("[ingest] {} off-target rendition(s) stay as they are, re-levelling failed (first: {})", failed,
                    firstFailure);
        }
        if (done > 0) {
            LOG.info("[ingest] {} rendition(s) levelled again onto {} LUFS / {} dBTP", done, target.integratedLufs(),
                    target.truePeakDbtp());
        }
        return done;
    }

    private void relevel(Program p) throws IOException {
        Rendition old = p.rendition();
        Path file = media.find(old.contentSha256(), settings.rendition().extension())
                .orElseThrow(() -> new IllegalStateException("rendition file " + old.contentSha256() + " is missing"));
        Path copy = media.newTempFile(".src");
        try {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            Ingest.Result result = ingest.run(copy, new Ingest.Request(p.id(), p.title(), p.producingUnitCode(),
                    p.kind() == ProgramKind.URGENT_NOTICE ? settings.urgentNotice() : settings.program(), WAIVER));
            // the source of this pass is the old rendition; the program's source figures stay those of its upload
            Rendition fresh = new Rendition(result.rendition().sha256(), old.mediaType(), result.rendition().sizeBytes(),
                    Math.round(result.renditionSeconds() * 1000), old.sourceDurationMillis(), old.loudnessBeforeLufs(),
                    old.truePeakBeforeDbtp(), result.after().integratedLufs(), result.after().truePeakDbtp(),
                    result.after().rangeLu());
            store.write(r -> {
                Instant now = clock.instant();
                r.programs().replaceRendition(p.id(), fresh, now);
                Audit.record(r, Actor.SYSTEM, now, "program.relevel", "program", String.valueOf(p.id()),
                        p.producingUnitCode(), String.format(Locale.ROOT, "%s (%.1f LUFS, %.1f dBTP) -> %s (%.1f LUFS,"
                                + " %.1f dBTP)", old.contentSha256(), old.loudnessAfterLufs(), old.truePeakAfterDbtp(),
                                fresh.contentSha256(), fresh.loudnessAfterLufs(), fresh.truePeakAfterDbtp()));
                return null;
            });
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
