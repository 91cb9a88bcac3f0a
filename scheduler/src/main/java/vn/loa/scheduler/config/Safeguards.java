package vn.loa.scheduler.config;

/**
 * Limits that keep one caller from harming the others (issue 15).
 *
 * @param maxSequenceJump how far ahead of its station's highest sequence an as-run record may be numbered
 */
public record Safeguards(long maxSequenceJump) {
}
