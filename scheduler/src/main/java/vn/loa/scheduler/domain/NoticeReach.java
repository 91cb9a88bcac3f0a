package vn.loa.scheduler.domain;

/**
 * How far a notice reaches: its target stations, of which some never connected an agent and some are
 * silent now. The confirmation step and the answer to issuing warn about the last two.
 */
public record NoticeReach(int stations, int neverConnected, int silent) {
}
