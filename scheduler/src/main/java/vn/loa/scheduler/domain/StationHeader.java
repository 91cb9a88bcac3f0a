package vn.loa.scheduler.domain;

/**
 * A station as an agent's frequent requests need it (heartbeats, as-run batches, the long poll): who and where it
 * is, without the windows and languages a whole {@link Station} reads besides.
 */
public record StationHeader(long id, String code, String communeCode, String timeZone) {
}
