package vn.loa.scheduler.asrun;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.loa.proof.AudioFingerprint;
import vn.loa.proof.FingerprintMatch;
import vn.loa.scheduler.store.FingerprintRepository;
import vn.loa.scheduler.store.Repositories;

/**
 * What an airing's sound proves (issue 20): the fingerprint blocks of what the agent rendered, laid on the
 * reference of the audio it says it aired. Reported only (no print, or no reference to hold it against), rendered
 * and matched, or rendered and not matched (something else came out).
 */
final class Evidence {

    static final String REPORTED = "reported";
    static final String RENDERED_MATCHED = "rendered_matched";
    static final String RENDERED_NOT_MATCHED = "rendered_not_matched";
    /**
     * A rendered print is taken from the rendition itself: its blocks lie on the reference where they were taken, give
     * or take a decoder's priming, so a tenth of a second is searched, not the ±2.5 s a capture needs (the search runs
     * for every record of a batch, inside the write).
     */
    private static final double MAX_SHIFT_SECONDS = 0.1;

    /** The level found and the bit error rate of the best match (null when nothing was compared). */
    record Found(String level, Double bitErrorRate) {
    }

    private Evidence() {
    }

    /**
     * @param references the references read so far in this batch, by rendition: a batch of a day's airings names a
     *                   few programs many times, and a reference is a few hundred KB
     */
    static Found of(Repositories r, String contentSha256, List<FingerprintMatch.Block> rendered,
                    Map<String, Optional<FingerprintRepository.Reference>> references) {
        if (rendered == null || contentSha256 == null) {
            return new Found(REPORTED, null);
        }
        Optional<FingerprintRepository.Reference> reference = references.computeIfAbsent(contentSha256,
                sha -> r.fingerprints().find(sha, AudioFingerprint.ALGORITHM));
        if (reference.isEmpty()) {
            return new Found(REPORTED, null);
        }
        FingerprintMatch.Result m = FingerprintMatch.match(reference.get().words(), reference.get().reliable(), rendered,
                MAX_SHIFT_SECONDS);
        return new Found(m.matched() ? RENDERED_MATCHED : RENDERED_NOT_MATCHED, m.bitErrorRate());
    }
}
