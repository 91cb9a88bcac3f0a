package vn.loa.scheduler.domain.proof;

/**
 * What one airing's sound proves, as the server keeps it beside the record (issue 20): the prints the agent sent with
 * the hashes its signed record names, the levels it measured, the evidence found laying each print on the program's
 * reference (with the bit error rate; null when nothing was compared), and a flag when the output was silent or much
 * too quiet.
 *
 * @param rendered  {@code reported}, {@code rendered_matched} or {@code rendered_not_matched}
 * @param heard     {@code heard_matched}, {@code heard_not_matched}, or null without a capture
 * @param levelFlag {@code aired_silence}, {@code too_quiet} or null
 */
public record SoundEvidence(String renderedPrint, String renderedPrintSha256, String rendered, Double renderedBer,
                            Double renderedLevelDb, String heardPrint, String heardPrintSha256, String heard, Double heardBer,
                            Double heardLevelDb, String levelFlag) {
}
