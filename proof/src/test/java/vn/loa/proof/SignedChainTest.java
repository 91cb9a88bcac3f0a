package vn.loa.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A PC's records signed and chained as the agent does it, then checked as the server and an auditor do: a record
 * read back from its wire form is the same record; changing any attested value, or signing with another
 * station's key, fails; the walk names a missing record, one out of order and one altered.
 */
class SignedChainTest {

    private static final Instant SIX = Instant.parse("2026-11-23T23:00:00Z");
    private final KeyPair pc = RecordSignature.newKeyPair();
    private final String publicKey = RecordSignature.publicKeyText(pc.getPublic());

    private static AttestedRecord airing(long sequence, String previous, String reason) {
        return new AttestedRecord(1273, sequence, 40 + sequence, null, null, false, "a".repeat(64), SIX.plusSeconds(sequence * 600),
                SIX.plusSeconds(sequence * 600).plusMillis(3), SIX.plusSeconds(sequence * 600 + 241), 240.5, "played", reason,
                -12L, 4L, 3L, null, null, null, null, null, null, null, previous);
    }

    private List<AttestedRecord> chain(int length) {
        List<AttestedRecord> records = new ArrayList<>();
        String previous = AttestedRecord.GENESIS;
        for (int s = 1; s <= length; s++) {
            AttestedRecord r = airing(s, previous, s == 2 ? "Phát trễ 3 ms\nvì đồng hồ" : null);
            records.add(r);
            previous = r.hash();
        }
        return records;
    }

    private List<ChainWalk.Link> links(List<AttestedRecord> records, Map<Long, String> signatures) {
        return records.stream().map(r -> new ChainWalk.Link(r.sequence(), r.previousHash(), r.hash(),
                RecordSignature.verify(publicKey, r.canonical(), signatures.get(r.sequence())))).toList();
    }

    @Test
    void aRecordReadBackFromItsWireFormIsTheSameAndItsSignatureHolds() {
        AttestedRecord record = chain(2).get(1);
        String signature = RecordSignature.sign(pc.getPrivate(), record.canonical());
        Map<String, Object> wire = new HashMap<>(record.toWire());
        wire.put("seconds_played", 240.5f); // a parser may give another number type: the value is what counts
        assertEquals(record, AttestedRecord.fromWire(1273, wire));
        assertTrue(RecordSignature.verify(publicKey, AttestedRecord.fromWire(1273, wire).canonical(), signature));
        assertTrue(record.canonical().contains("reason=Phát trễ 3 ms\\nvì đồng hồ\n"), "a line break cannot pose as a field");

        wire.put("outcome", "partial");
        assertFalse(RecordSignature.verify(publicKey, AttestedRecord.fromWire(1273, wire).canonical(), signature));
        assertFalse(RecordSignature.verify(publicKey, AttestedRecord.fromWire(1279, record.toWire()).canonical(), signature),
                "replayed as another station's record");
        String otherStation = RecordSignature.publicKeyText(RecordSignature.newKeyPair().getPublic());
        assertFalse(RecordSignature.verify(otherStation, record.canonical(), signature), "another PC's key");
        assertFalse(RecordSignature.verify(publicKey, record.canonical(), "không phải chữ ký"));
        assertFalse(RecordSignature.isPublicKey("MCowBQYDK2VwAyEA"), "a truncated key");
        assertTrue(RecordSignature.isPublicKey(publicKey));
    }

    @Test
    void aRecordWithoutLevelsReadsAsBeforeAndOneWithWhatWasHeardSignsItsLevelsAndPrint() {
        AttestedRecord plain = chain(1).get(0);
        assertTrue(plain.canonical().startsWith("loa-as-run/1\n") && !plain.canonical().contains("heard"),
                "records signed before levels and captures came keep their text: " + plain.canonical());

        Map<String, Object> wire = new HashMap<>(plain.toWire());
        wire.put("rendered_level_db", -19.5);
        wire.put("heard_print", "p1:AAAA");
        wire.put("heard_level_db", -61.25);
        AttestedRecord heard = AttestedRecord.fromWire(1273, wire);
        assertTrue(heard.canonical().startsWith("loa-as-run/2\n"), heard.canonical());
        assertEquals(PrintBlocks.sha256("p1:AAAA"), heard.heardPrintSha256());
        assertEquals(heard, AttestedRecord.fromWire(1273, heard.toWire()), "the export names the print by its hash");
        String signature = RecordSignature.sign(pc.getPrivate(), heard.canonical());
        wire.put("heard_level_db", -21.0);
        assertFalse(RecordSignature.verify(publicKey, AttestedRecord.fromWire(1273, wire).canonical(), signature),
                "a silence heard cannot be made loud afterwards");
        wire.put("heard_level_db", -61.25);
        wire.put("heard_print", "p1:BBBB");
        assertFalse(RecordSignature.verify(publicKey, AttestedRecord.fromWire(1273, wire).canonical(), signature),
                "nor another capture put in its place");
    }

    @Test
    void theWalkNamesAMissingRecordOneOutOfOrderAndOneAltered() {
        List<AttestedRecord> records = chain(6);
        Map<Long, String> signatures = new HashMap<>();
        records.forEach(r -> signatures.put(r.sequence(), RecordSignature.sign(pc.getPrivate(), r.canonical())));
        assertEquals(List.of(), ChainWalk.breaks(links(records, signatures), true));

        List<AttestedRecord> gap = new ArrayList<>(records);
        gap.remove(2);
        assertEquals(List.of(new ChainWalk.Break(ChainWalk.Kind.MISSING, 3, 3)), ChainWalk.breaks(links(gap, signatures), true));
        assertEquals("thiếu bản ghi số 3", ChainWalk.breaks(links(gap, signatures), true).get(0).vietnamese());

        // record 4 dropped and 5 renumbered 4 and signed again by a forger holding the key: the link shows it
        List<AttestedRecord> renumbered = new ArrayList<>(records.subList(0, 3));
        AttestedRecord five = records.get(4);
        AttestedRecord moved = new AttestedRecord(five.stationId(), 4, five.itemId(), null, null, false, five.contentSha256(),
                five.plannedStart(), five.actualStart(), five.actualEnd(), five.secondsPlayed(), five.outcome(), five.reason(),
                five.clockOffsetMillis(), five.clockUncertaintyMillis(), five.startMarginMillis(), null, null, null, null, null, null, null,
                five.previousHash());
        renumbered.add(moved);
        Map<Long, String> resigned = new HashMap<>(signatures);
        resigned.put(4L, RecordSignature.sign(pc.getPrivate(), moved.canonical()));
        assertEquals(List.of(new ChainWalk.Break(ChainWalk.Kind.NOT_LINKED, 4, 4)), ChainWalk.breaks(links(renumbered, resigned), true));

        List<AttestedRecord> altered = new ArrayList<>(records);
        AttestedRecord two = records.get(1);
        altered.set(1, new AttestedRecord(two.stationId(), 2, two.itemId(), null, null, false, two.contentSha256(),
                two.plannedStart(), two.actualStart(), two.actualEnd(), 300, two.outcome(), two.reason(), two.clockOffsetMillis(),
                two.clockUncertaintyMillis(), two.startMarginMillis(), null, null, null, null, null, null, null, two.previousHash()));
        assertEquals(List.of(new ChainWalk.Break(ChainWalk.Kind.BAD_SIGNATURE, 2, 2),
                new ChainWalk.Break(ChainWalk.Kind.NOT_LINKED, 3, 3)), ChainWalk.breaks(links(altered, signatures), true));

        assertEquals(List.of(new ChainWalk.Break(ChainWalk.Kind.MISSING, 2, 2)),
                ChainWalk.breaks(links(records.subList(2, 6), signatures), true), "the start of the chain missing");
        assertEquals(List.of(), ChainWalk.breaks(links(records.subList(2, 6), signatures), false), "a part of it, as exported");
        assertNotEquals(records.get(0).hash(), records.get(1).hash());
    }
}
