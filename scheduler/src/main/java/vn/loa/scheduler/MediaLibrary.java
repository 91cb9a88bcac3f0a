package vn.loa.scheduler;

import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.media.ContentStore;
import vn.loa.media.Ffmpeg;
import vn.loa.media.FfmpegLocator;
import vn.loa.media.PcmDecoder;
import vn.loa.media.Ingest;
import vn.loa.scheduler.access.Actor;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.config.SchedulerConfig;
import vn.loa.scheduler.domain.programs.Program;
import vn.loa.scheduler.domain.programs.ProgramStatus;
import vn.loa.scheduler.programs.ProgramIngestion;
import vn.loa.scheduler.programs.Fingerprints;
import vn.loa.scheduler.programs.Relevelling;
import vn.loa.scheduler.store.Store;

/**
 * The media side of one scheduler: ffmpeg, the content-addressed media folder ({@code DATA/media}) and
 * the ingestion over them. Opening it also settles programs a previous run left half-processed: their
 * uploads are gone, so they are rejected with a reason that says to upload again.
 */
public record MediaLibrary(Ffmpeg ffmpeg, ContentStore contentStore, ProgramIngestion ingestion, Relevelling relevelling,
                           Fingerprints fingerprints) {

    private static final Logger LOG = LoggerFactory.getLogger(MediaLibrary.class);

    public static MediaLibrary open(SchedulerConfig config, Store store, Clock clock) {
        Path data = config.dataDir();
        Ffmpeg ffmpeg = FfmpegLocator.locate(config.media().ffmpeg(), data.resolve("cache"));
        LOG.info("[ingest] {} ({})", ffmpeg.version(), ffmpeg.executable());
        ContentStore contentStore = new ContentStore(data.resolve("media"));
        Ingest ingest = new Ingest(ffmpeg, contentStore, config.media().loudness(), config.media().rendition());
        settleInterrupted(store, clock);
        Fingerprints fingerprints = new Fingerprints(store, contentStore, new PcmDecoder(ffmpeg),
                config.media().rendition().extension(), clock);
        return new MediaLibrary(ffmpeg, contentStore, new ProgramIngestion(store, ingest, config.media(), clock, fingerprints),
                new Relevelling(store, ingest, contentStore, config.media(), clock), fingerprints);
    }

    private static void settleInterrupted(Store store, Clock clock) {
        store.write(r -> {
            for (Program p : r.programs().list(null, ProgramStatus.PROCESSING, null)) {
                r.programs().markRejected(p.id(), "interrupted",
                        "Máy chủ đã dừng khi đang xử lý tệp này. Hãy tải lên lại.",
                        "The server stopped while processing this file. Upload it again.", clock.instant());
                Audit.record(r, Actor.SYSTEM, clock.instant(), "program.rejected", "program",
                        String.valueOf(p.id()), p.producingUnitCode(), "interrupted");
            }
            return null;
        });
    }
}
