package vn.loa.proof;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an agent attests of one airing, in the one form it signs and everyone checks: the station, the record's
 * number, what it aired (the item or relay, the audio's hash), when, how much, the outcome and why, its clock's
 * bound, a relay's drop-outs and fallback, and the hash of the record before it. The campaign and program a
 * record counts for are the server's attribution from the item, not part of what the agent attests.
 *
 * <p>The canonical text is one {@code name=value} line per field in a fixed order after a version line; a
 * missing value is empty; numbers as Java writes them ({@link Long#toString}, {@link Double#toString}), so a
 * value read back from JSON or from the store gives the same text; instants in ISO-8601 as {@link Instant}
 * writes them; a backslash, a line break or a carriage return inside a text escaped, so no value can pose as a
 * field.
 *
 * <p>A record that says nothing of levels or of a capture is written as version 1 ({@code loa-as-run/1}), as every
 * record was before those fields came, so the records signed then still check; one that does is version 2 with three
 * lines more.
 *
 * @param renderedPrintSha256 the SHA-256 of the fingerprint blocks of what the agent rendered ({@link PrintBlocks}),
 *                            or null when it sent none
 * @param renderedLevelDb     the RMS level of what it rendered, in dB below full scale, or null
 * @param heardPrintSha256    the SHA-256 of the fingerprint blocks of what its capture input heard during the airing,
 *                            or null without a capture
 * @param heardLevelDb        the RMS level of what it heard, in dB below full scale, or null
 * @param previousHash the {@link #hash} of the record before it in this enrolment's chain, or {@link #GENESIS}
 */
public record AttestedRecord(long stationId, long sequence, Long itemId, Long relayId, Long relaySourceId, boolean fallback,
                             String contentSha256, Instant plannedStart, Instant actualStart, Instant actualEnd,
                             double secondsPlayed, String outcome, String reason, Long clockOffsetMillis,
                             Long clockUncertaintyMillis, Long startMarginMillis, Integer dropouts, Double dropoutSeconds,
                             String relayFallback, String renderedPrintSha256, Double renderedLevelDb,
                             String heardPrintSha256, Double heardLevelDb, String previousHash) {

    /** The previous hash of an enrolment's first record: a new PC starts a new chain. */
    public static final String GENESIS = "0".repeat(64);
    static final String VERSION = "loa-as-run/1";
    static final String VERSION_WITH_SOUND = "loa-as-run/2";

    /**
     * From a record in its wire form (the names of the canonical lines; numbers, texts and booleans as a JSON
     * parser gives them): the agent reads back the JSON it wrote, the server the JSON it received, the offline
     * verifier an export. A relay's drop-outs default to 0 as the server stores them; an item has none.
     *
     * @throws IllegalArgumentException when a field has a value of the wrong kind
     */
    public static AttestedRecord fromWire(long stationId, Map<String, ?> wire) {
        Long relayId = whole(wire, "relay_id");
        Long dropouts = whole(wire, "dropouts");
        Double dropoutSeconds = number(wire, "dropout_seconds");
        Double seconds = number(wire, "seconds_played");
        Object fallback = wire.get("fallback");
        Long sequence = whole(wire, "sequence");
        if (sequence == null) {
            throw new IllegalArgumentException("sequence missing");
        }
        return new AttestedRecord(stationId, sequence, whole(wire, "item_id"), relayId, relayId == null ? null
                : whole(wire, "relay_source_id"), Boolean.TRUE.equals(fallback), text(wire, "content_sha256"),
                instant(wire, "planned_start"), instant(wire, "actual_start"), instant(wire, "actual_end"),
                seconds == null ? 0 : seconds, text(wire, "outcome"), text(wire, "reason"), whole(wire, "clock_offset_ms"),
                whole(wire, "clock_uncertainty_ms"), whole(wire, "start_margin_ms"),
                relayId == null ? null : Integer.valueOf(dropouts == null ? 0 : dropouts.intValue()),
                relayId == null ? null : dropoutSeconds == null ? 0.0 : dropoutSeconds,
                relayId == null ? null : text(wire, "relay_fallback"), printHash(wire, "rendered_print"),
                number(wire, "rendered_level_db"), printHash(wire, "heard_print"), number(wire, "heard_level_db"),
                text(wire, "prev_hash"));
    }

    /** A print's hash as the export writes it ({@code NAME_sha256}), or computed from the print the agent sent. */
    private static String printHash(Map<String, ?> wire, String name) {
        String hash = text(wire, name + "_sha256");
        if (hash != null) {
            return hash;
        }
        String print = text(wire, name);
        return print == null ? null : PrintBlocks.sha256(print);
    }

    /** The wire form of the attested fields ({@link #fromWire} reads it back to the same record); nulls left out. */
    public Map<String, Object> toWire() {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("sequence", sequence);
        put(wire, "item_id", itemId);
        put(wire, "relay_id", relayId);
        put(wire, "relay_source_id", relaySourceId);
        if (fallback) {
            wire.put("fallback", true);
        }
        put(wire, "content_sha256", contentSha256);
        put(wire, "planned_start", plannedStart == null ? null : plannedStart.toString());
        put(wire, "actual_start", actualStart == null ? null : actualStart.toString());
        put(wire, "actual_end", actualEnd == null ? null : actualEnd.toString());
        wire.put("seconds_played", secondsPlayed);
        put(wire, "outcome", outcome);
        put(wire, "reason", reason);
        put(wire, "clock_offset_ms", clockOffsetMillis);
        put(wire, "clock_uncertainty_ms", clockUncertaintyMillis);
        put(wire, "start_margin_ms", startMarginMillis);
        put(wire, "dropouts", dropouts);
        put(wire, "dropout_seconds", dropoutSeconds);
        put(wire, "relay_fallback", relayFallback);
        put(wire, "rendered_print_sha256", renderedPrintSha256);
        put(wire, "rendered_level_db", renderedLevelDb);
        put(wire, "heard_print_sha256", heardPrintSha256);
        put(wire, "heard_level_db", heardLevelDb);
        put(wire, "prev_hash", previousHash);
        return wire;
    }

    private static void put(Map<String, Object> wire, String name, Object value) {
        if (value != null) {
            wire.put(name, value);
        }
    }

    private static Long whole(Map<String, ?> wire, String name) {
        Object v = wire.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.longValue();
        }
        throw new IllegalArgumentException(name + " is not a whole number");
    }

    private static Double number(Map<String, ?> wire, String name) {
        Object v = wire.get(name);
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException(name + " is not a number");
    }

    private static String text(Map<String, ?> wire, String name) {
        Object v = wire.get(name);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw new IllegalArgumentException(name + " is not a text");
    }

    private static Instant instant(Map<String, ?> wire, String name) {
        String v = text(wire, name);
        if (v == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " is not an ISO-8601 instant", e);
        }
    }

    public String canonical() {
        boolean sound = renderedLevelDb != null || heardPrintSha256 != null || heardLevelDb != null;
        StringBuilder text = new StringBuilder(sound ? VERSION_WITH_SOUND : VERSION).append('\n');
        line(text, "station_id", stationId);
        line(text, "sequence", sequence);
        line(text, "item_id", itemId);
        line(text, "relay_id", relayId);
        line(text, "relay_source_id", relaySourceId);
        line(text, "fallback", fallback);
        line(text, "content_sha256", contentSha256);
        line(text, "planned_start", plannedStart);
        line(text, "actual_start", actualStart);
        line(text, "actual_end", actualEnd);
        line(text, "seconds_played", secondsPlayed);
        line(text, "outcome", outcome);
        line(text, "reason", reason);
        line(text, "clock_offset_ms", clockOffsetMillis);
        line(text, "clock_uncertainty_ms", clockUncertaintyMillis);
        line(text, "start_margin_ms", startMarginMillis);
        line(text, "dropouts", dropouts);
        line(text, "dropout_seconds", dropoutSeconds);
        line(text, "relay_fallback", relayFallback);
        line(text, "rendered_print_sha256", renderedPrintSha256);
        if (sound) {
            line(text, "rendered_level_db", renderedLevelDb);
            line(text, "heard_print_sha256", heardPrintSha256);
            line(text, "heard_level_db", heardLevelDb);
        }
        line(text, "prev_hash", previousHash);
        return text.toString();
    }

    /** SHA-256 of the canonical text, in lower-case hex: what the next record names as its previous. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void line(StringBuilder text, String name, Object value) {
        text.append(name).append('=');
        if (value != null) {
            text.append(String.valueOf(value).replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"));
        }
        text.append('\n');
    }
}
