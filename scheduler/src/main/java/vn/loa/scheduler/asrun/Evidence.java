package vn.loa.scheduler.asrun;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.loa.proof.AttestedRecord;
import vn.loa.proof.AudioFingerprint;
import vn.loa.proof.FingerprintMatch;
import vn.loa.scheduler.domain.proof.SoundEvidence;
import vn.loa.scheduler.store.FingerprintRepository;
import vn.loa.scheduler.store.Repositories;

/**
 * What an airing's sound proves (issue 20): the fingerprint blocks of what the agent rendered, and of what its capture
 * input heard, laid on the reference of the audio it says it aired. Reported only (no print, or no reference to hold it
 * against), rendered and matched or not, heard and matched or not (something else, or silence, came out); and the
 * levels it measured, flagged when the output was silent or much too quiet ({@link LevelFlag}).
 */
final class Evidence {

    static final String REPORTED = "reported";
    static final String RENDERED_MATCHED = "rendered_matched";
    static final String RENDERED_NOT_MATCHED = "rendered_not_matched";
    static final String HEARD_MATCHED = "heard_matched";
    static final String HEARD_NOT_MATCHED = "heard_not_matched";
    /**
     * A rendered print is taken from the rendition itself: its blocks lie on the reference where they were taken, give
     * or take a decoder's priming, so a tenth of a second is searched, not the ±2.5 s a capture needs (the search runs
     * for every record of a batch, inside the write).
     */
    private static final double RENDERED_MAX_SHIFT_SECONDS = 0.1;
    /** A capture hears the loudspeaker late by the sound card's buffers and the air, early by a clock's error. */
    private static final double HEARD_MAX_SHIFT_SECONDS = 2.5;

    private Evidence() {
    }

    /**
     * @param rendered   the blocks of what was rendered, or null when none came
     * @param heard      the blocks of what was heard, or null when none came
     * @param references the references read so far in this batch, by rendition: a batch of a day's airings names a
     *                   few programs many times, and a reference is a few hundred KB
     */
    static SoundEvidence of(Repositories r, String contentSha256, AsRunClaim.Seal seal, List<FingerprintMatch.Block> rendered,
                            List<FingerprintMatch.Block> heard, Map<String, Optional<FingerprintRepository.Reference>> references) {
        Optional<FingerprintRepository.Reference> reference = contentSha256 == null ? Optional.empty()
                : references.computeIfAbsent(contentSha256, sha -> r.fingerprints().find(sha, AudioFingerprint.ALGORITHM));
        Optional<FingerprintMatch.Result> renderedMatch = match(reference, rendered, RENDERED_MAX_SHIFT_SECONDS);
        Optional<FingerprintMatch.Result> heardMatch = match(reference, heard, HEARD_MAX_SHIFT_SECONDS);
        AttestedRecord attested = seal.attested();
        return new SoundEvidence(seal.renderedPrint(), attested.renderedPrintSha256(),
                renderedMatch.map(m -> m.matched() ? RENDERED_MATCHED : RENDERED_NOT_MATCHED).orElse(REPORTED),
                renderedMatch.map(FingerprintMatch.Result::bitErrorRate).orElse(null), attested.renderedLevelDb(),
                seal.heardPrint(), attested.heardPrintSha256(),
                heardMatch.map(m -> m.matched() ? HEARD_MATCHED : HEARD_NOT_MATCHED).orElse(null),
                heardMatch.map(FingerprintMatch.Result::bitErrorRate).orElse(null), attested.heardLevelDb(),
                LevelFlag.of(attested.renderedLevelDb(), attested.heardLevelDb()));
    }

    private static Optional<FingerprintMatch.Result> match(Optional<FingerprintRepository.Reference> reference,
                                                           List<FingerprintMatch.Block> blocks, double maxShiftSeconds) {
        if (blocks == null || reference.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(FingerprintMatch.match(reference.get().words(), reference.get().reliable(), blocks, maxShiftSeconds));
    }
}
