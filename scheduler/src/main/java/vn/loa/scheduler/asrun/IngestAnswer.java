package vn.loa.scheduler.asrun;

import java.util.List;

/**
 * What became of a batch: the sequences the server holds after its commit (new or sent before), how
 * many were new, and the records refused with their reasons, which the agent must not send again.
 */
public record IngestAnswer(List<Long> acknowledged, int stored, List<Refusal> refused) {
}
