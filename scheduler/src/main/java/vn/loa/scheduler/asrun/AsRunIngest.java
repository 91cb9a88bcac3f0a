package vn.loa.scheduler.asrun;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.loa.proof.FingerprintMatch;
import vn.loa.proof.PrintBlocks;
import vn.loa.scheduler.access.Actor;
import vn.loa.scheduler.access.Audit;
import vn.loa.scheduler.domain.AsRunRecord;
import vn.loa.scheduler.domain.StationHeader;
import vn.loa.scheduler.store.AgentReportRepository;
import vn.loa.scheduler.store.AgentReportRepository.Attribution;
import vn.loa.scheduler.store.AgentReportRepository.Insertion;
import vn.loa.scheduler.store.FingerprintRepository;
import vn.loa.scheduler.store.Repositories;

/**
 * Takes a station's batch of as-run records, record by record (the OpenAPI contract, openapi/loa-api.yaml): each valid one
 * is stored once under (station, enrolment, sequence) and acknowledged, a resend of one held is
 * acknowledged again, and a record that is out of range, names what does not exist, is numbered too
 * far ahead or reuses a held key with other content is refused with its reason, the rest of the batch
 * going on. A conflict also leaves a warning and an audit entry: it means two PCs or a tampered
 * outbox, and the record held is the one that counts.
 */
public final class AsRunIngest {

    private static final Logger LOG = LoggerFactory.getLogger(AsRunIngest.class);

    private final long maxSequenceJump;

    public AsRunIngest(long maxSequenceJump) {
        this.maxSequenceJump = maxSequenceJump;
    }

    /** A claim checked: refused (with whether its signature was forged), or the record to store. */
    private record Checked(AsRunClaim claim, Optional<Refusal> forged, Optional<Refusal> refusal, AsRunRecord record,
                           List<FingerprintMatch.Block> rendered, List<FingerprintMatch.Block> heard) {
    }

    /**
     * Runs inside the store's write transaction, in three steps: every claim checked (reads only), the accepted
     * records' rows inserted together, then in the claims' order what each one leaves (evidence and seal, chain links,
     * audit entries, refusals), as when each was taken in turn.
     */
    public IngestAnswer ingest(Repositories r, StationHeader station, long siteId, long enrolmentId, Actor agent,
                               List<AsRunClaim> claims, Instant now) {
        AgentReportRepository reports = r.agentReports();
        String key = r.chains().key(station.id(), enrolmentId).orElse(null);
        List<Checked> checked = check(reports, station, key, claims, now);
        AgentReportRepository.AsRunBatch batch = reports.asRunBatch(station.id(), siteId, enrolmentId);
        Iterator<Insertion> insertions = batch.insertAll(checked.stream().filter(x -> x.record() != null)
                .map(Checked::record).toList(), now).iterator();
        Map<String, Optional<FingerprintRepository.Reference>> references = new HashMap<>();
        List<Long> acknowledged = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        int stored = 0;
        for (Checked x : checked) {
            AsRunClaim c = x.claim();
            Optional<Refusal> refusal = x.refusal();
            if (x.forged().isPresent()) {
                // never stored, never counted: what it claims is not what this station's PC signed
                Audit.record(r, agent, now, "asrun.signature_refused", "station", String.valueOf(station.id()),
                        station.communeCode(), "enrolment " + enrolmentId + ", sequence " + c.sequence() + ": "
                                + x.forged().get().code());
            }
            if (x.record() != null) {
                Insertion done = insertions.next();
                if (done == Insertion.STORED && key != null) {
                    r.chains().attachEvidence(station.id(), enrolmentId, c.sequence(),
                            Evidence.of(r, c.contentSha256(), c.seal(), x.rendered(), x.heard(), references));
                    r.chains().seal(station.id(), enrolmentId, c.sequence(), c.seal().attested().previousHash(),
                            c.seal().attested().hash(), c.seal().signature());
                    ChainLinks.note(r, station.id(), key, c.seal().attested(), now);
                }
                if (done == Insertion.CONFLICT) {
                    refusal = ClaimCheck.refuse(c, "sequence_conflict", "Máy chủ đã có bản ghi số " + c.sequence()
                            + " của lần đăng ký này với nội dung khác; bản ghi đã có được giữ nguyên.", "The server holds"
                            + " record " + c.sequence() + " of this enrolment with other content; the one held stays.");
                    Audit.record(r, agent, now, "asrun.conflict", "station", String.valueOf(station.id()),
                            station.communeCode(), "enrolment " + enrolmentId + ", sequence " + c.sequence());
                } else {
                    stored += done == Insertion.STORED ? 1 : 0;
                    acknowledged.add(c.sequence());
                }
            }
            if (refusal.isPresent() && x.forged().isEmpty() && key != null) {
                r.chains().keepRefused(station.id(), enrolmentId, c.seal().attested(), c.seal().signature(), refusal.get().code(),
                        now);
                ChainLinks.note(r, station.id(), key, c.seal().attested(), now);
            }
            refusal.ifPresent(y -> {
                refused.add(y);
                LOG.warn("[asrun] station " + station.code() + " enrolment " + enrolmentId + " record "
                        + y.sequence() + " refused: " + y.code() + " (" + y.messageEn() + ")");
            });
        }
        batch.finish();
        return new IngestAnswer(acknowledged, stored, refused);
    }

    /**
     * Each claim's verdict before anything is written. A record accepted here counts towards "too far ahead" for the
     * claims after it, as it did when each was stored before the next was checked; one that then turns out to reuse a
     * held key (a conflict) names a sequence the station's PC has delivered before.
     */
    private List<Checked> check(AgentReportRepository reports, StationHeader station, String key, List<AsRunClaim> claims,
                                Instant now) {
        ZoneId zone = ZoneId.of(station.timeZone());
        long highest = reports.highestSequence(station.id());
        List<Checked> checked = new ArrayList<>(claims.size());
        for (AsRunClaim c : claims) {
            Attribution item = c.itemId() == null ? null : reports.attribution(station.id(), c.itemId());
            Optional<Refusal> forged = key == null ? Optional.empty() : Seals.check(key, c);
            Optional<Refusal> refusal = forged.isPresent() ? forged : c.sequence() > highest + maxSequenceJump
                    ? ClaimCheck.refuse(c, "sequence_too_far", "Số thứ tự " + c.sequence() + " vượt quá số lớn nhất đã nhận ("
                            + highest + ") hơn " + maxSequenceJump + ".", "Sequence " + c.sequence()
                            + " is more than " + maxSequenceJump + " ahead of the highest received (" + highest + ").")
                    : ClaimCheck.check(reports, station.id(), c, item, now);
            List<FingerprintMatch.Block> rendered = null;
            List<FingerprintMatch.Block> heard = null;
            if (refusal.isEmpty() && key != null) {
                try {
                    rendered = blocks(c.seal().renderedPrint());
                    heard = blocks(c.seal().heardPrint());
                } catch (IllegalArgumentException e) {
                    refusal = ClaimCheck.refuse(c, "bad_fingerprint", "Dấu vân tay âm thanh của bản ghi " + c.sequence()
                            + " sai định dạng hoặc độ dài.", "The audio fingerprint of record " + c.sequence()
                            + " has the wrong format or length.");
                }
            }
            AsRunRecord record = refusal.isEmpty() ? record(c, item, zone, now) : null;
            if (record != null) {
                highest = Math.max(highest, c.sequence());
            }
            checked.add(new Checked(c, forged, refusal, record, rendered, heard));
        }
        return checked;
    }

    private static List<FingerprintMatch.Block> blocks(String print) {
        return print == null ? null : PrintBlocks.decode(print);
    }

    /** The published item says which campaign or notice it was for; once re-planned away, the agent's copy did. */
    private static AsRunRecord record(AsRunClaim c, Attribution item, ZoneId zone, Instant now) {
        // a fallback airing is nobody's campaign airing, whatever the record says; a relay is no program's airing
        Long campaign = c.fallback() || c.relay() != null ? null : item != null ? item.campaignId() : c.campaignId();
        Long notice = c.relay() != null ? null : item != null ? item.noticeId() : c.noticeId();
        Long program = c.relay() != null ? null : item != null ? Long.valueOf(item.programId()) : c.programId();
        Instant counted = c.actualStart() != null ? c.actualStart() : c.plannedStart() != null ? c.plannedStart() : now;
        return new AsRunRecord(c.sequence(), c.itemId(), program, campaign, notice, LocalDate.ofInstant(counted, zone),
                c.contentSha256(), c.plannedStart(), c.actualStart(), c.actualEnd(), c.secondsPlayed(), c.outcome(),
                c.reason(), c.clockOffsetMillis(), c.clockUncertaintyMillis(), c.startMarginMillis(), c.fallback(), c.relay());
    }
}
