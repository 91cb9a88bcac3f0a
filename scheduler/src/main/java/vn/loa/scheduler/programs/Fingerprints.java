package vn.loa.scheduler.programs;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.media.ContentStore;
import vn.loa.media.MediaException;
import vn.loa.media.PcmDecoder;
import vn.loa.proof.AudioFingerprint;
import vn.loa.scheduler.store.FingerprintRepository;
import vn.loa.scheduler.store.Store;

/**
 * The reference fingerprint of each rendition (issue 20): taken when a program is ingested, and once, by
 * {@link #backfill}, for renditions from before (or re-levelled since). What ffmpeg decodes at 5,512 Hz mono, read
 * by {@link AudioFingerprint}; a program whose fingerprint cannot be taken stays airable, its airings only
 * "reported". Blocking: call on the ingest workers.
 */
public final class Fingerprints {

    /** The algorithm and its parameters, stored with each reference. */
    public static final String ALGORITHM = AudioFingerprint.ALGORITHM;
    private static final Logger LOG = LoggerFactory.getLogger(Fingerprints.class);
    private static final int BATCH = 50;

    private final Store store;
    private final ContentStore media;
    private final PcmDecoder decoder;
    private final String extension;
    private final Clock clock;

    public Fingerprints(Store store, ContentStore media, PcmDecoder decoder, String extension, Clock clock) {
        this.store = store;
        this.media = media;
        this.decoder = decoder;
        this.extension = extension;
        this.clock = clock;
    }

    /** Takes the rendition's fingerprint unless it has one; false when its file cannot be read or decoded. */
    public boolean take(String contentSha256) {
        if (store.read(r -> r.fingerprints().find(contentSha256, ALGORITHM)).isPresent()) {
            return true;
        }
        Path file = media.find(contentSha256, extension).orElse(null);
        if (file == null) {
            LOG.warn("[ingest] no file for rendition {}: no fingerprint", contentSha256);
            return false;
        }
        try {
            short[] pcm = decoder.decode(file, AudioFingerprint.RATE);
            AudioFingerprint f = new AudioFingerprint();
            f.feed(pcm, 0, pcm.length);
            FingerprintRepository.Reference reference = new FingerprintRepository.Reference(contentSha256, ALGORITHM, f.words(),
                    f.reliable(), (double) pcm.length / AudioFingerprint.RATE, clock.instant());
            store.write(r -> {
                r.fingerprints().store(reference);
                return null;
            });
            return true;
        } catch (MediaException e) {
            LOG.warn("[ingest] rendition {}: no fingerprint ({})", contentSha256, e.messageEn());
            return false;
        }
    }

    /** Fingerprints every rendition still without one; returns how many were taken. */
    public int backfill() {
        int taken = 0;
        List<String> missing;
        java.util.Set<String> failed = new java.util.HashSet<>();
        while (!(missing = store.read(r -> r.fingerprints().missing(ALGORITHM, BATCH + failed.size()))).isEmpty()) {
            List<String> fresh = missing.stream().filter(m -> !failed.contains(m)).toList();
            if (fresh.isEmpty()) {
                break;
            }
            for (String sha : fresh) {
                if (take(sha)) {
                    taken++;
                } else {
                    failed.add(sha);
                }
            }
        }
        if (taken > 0) {
            LOG.info("[ingest] {} rendition(s) fingerprinted", taken);
        }
        return taken;
    }
}
