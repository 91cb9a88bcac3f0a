package vn.loa.scheduler.domain;

/**
 * What an agent reports about itself; every field may be absent on an old agent.
 *
 * @param residentBytes the agent process's resident memory
 * @param clockUncertaintyMillis the error bound of the agent's clock: above 20 ms (a bad link) its starts may
 *                      be early or late by that much
 * @param relayState    whether the agent reaches the streams it relays, a line per source; null without relays
 */
public record Heartbeat(String agentVersion, Long clockOffsetMillis, Long freeDiskBytes, String cacheState,
                        String audioState, String lastError, Long outboxBacklog, Long residentBytes,
                        Long clockUncertaintyMillis, String relayState) {
}
