package vn.loa.scheduler.domain;

/**
 * What an agent reports about itself; every field may be absent on an old agent.
 *
 * @param residentBytes the agent process's resident memory
 */
public record Heartbeat(String agentVersion, Long clockOffsetMillis, Long freeDiskBytes, String cacheState,
                        String audioState, String lastError, Long outboxBacklog, Long residentBytes) {
}
