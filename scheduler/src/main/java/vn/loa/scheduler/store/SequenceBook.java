package vn.loa.scheduler.store;

import java.util.List;
import vn.loa.scheduler.store.AgentReportRepository.Enrolment;
import vn.loa.scheduler.store.AgentReportRepository.Gap;
import vn.loa.scheduler.store.AgentReportRepository.SequenceState;

/**
 * Keeps, as each record is stored, what a station's enrolments have delivered: the count, the lowest
 * and highest sequence, and the ranges in between not received yet. Reading what is missing is then
 * an indexed read of a few rows, whatever the sequence numbers are.
 */
final class SequenceBook {

    private final Sql sql;

    SequenceBook(Sql sql) {
        this.sql = sql;
    }

    /** Books sequences just stored, in the order stored (never one already held): the enrolment's row written once. */
    void receivedAll(long stationId, long siteId, long enrolmentId, List<Long> stored) {
        if (stored.isEmpty()) {
            return;
        }
        long[] e = sql.one(SequenceSql.ENROLMENT, r -> new long[] {r.getLong(1), r.getLong(2), r.getLong(3)},
                stationId, enrolmentId).orElse(null);
        long[] range;
        int next = 0;
        if (e == null) {
            long sequence = stored.get(next++);
            range = new long[] {sequence, sequence};
            // agents of before enrolments numbered from 1 for the station; a new PC's enrolment starts
            // where its agent's numbering stands, which need not be 1 (a PC enrolled again)
            if (enrolmentId == 0 && sequence > 1) {
                gap(stationId, enrolmentId, 1, sequence - 1);
            }
        } else {
            range = new long[] {e[1], e[2]};
        }
        for (; next < stored.size(); next++) {
            received(stationId, enrolmentId, stored.get(next), range);
        }
        if (e == null) {
            sql.update(SequenceSql.ENROLMENT_INSERT, stationId, enrolmentId, siteId, stored.size(), range[0], range[1]);
        } else {
            sql.update(SequenceSql.ENROLMENT_UPDATE, stored.size(), range[0], range[1], stationId, enrolmentId);
        }
    }

    /** Books one sequence against the enrolment's range so far (first, last), widening it or filling a gap. */
    private void received(long stationId, long enrolmentId, long sequence, long[] range) {
        long first = range[0];
        long last = range[1];
        if (sequence > last) {
            gap(stationId, enrolmentId, last + 1, sequence - 1);
            last = sequence;
        } else if (sequence < first) {
            gap(stationId, enrolmentId, sequence + 1, first - 1);
            first = sequence;
        } else {
            long[] g = sql.one(SequenceSql.GAP_CONTAINING, r -> new long[] {r.getLong(1), r.getLong(2)},
                    stationId, enrolmentId, sequence).orElse(null);
            if (g != null && g[1] >= sequence) {
                sql.update(SequenceSql.GAP_DELETE, stationId, enrolmentId, g[0]);
                gap(stationId, enrolmentId, g[0], sequence - 1);
                gap(stationId, enrolmentId, sequence + 1, g[1]);
            }
        }
        range[0] = first;
        range[1] = last;
    }

    private void gap(long stationId, long enrolmentId, long from, long to) {
        if (from <= to) {
            sql.update(SequenceSql.GAP_INSERT, stationId, enrolmentId, from, to);
        }
    }

    long highest(long stationId) {
        return sql.one(SequenceSql.HIGHEST, r -> r.getLong(1), stationId).orElse(0L);
    }

    SequenceState state(long stationId, int limit) {
        List<Enrolment> enrolments = sql.list(SequenceSql.ENROLMENTS, r -> new Enrolment(r.getLong(1), r.getLong(2),
                r.getLong(3), r.getLong(4)), stationId);
        List<Gap> gaps = sql.list(SequenceSql.GAPS, r -> new Gap(r.getLong(1), r.getLong(2), r.getLong(3)), stationId, limit);
        long missing = gaps.isEmpty() ? 0 : sql.one(SequenceSql.MISSING_COUNT, r -> r.getLong(1), stationId).orElse(0L);
        return new SequenceState(enrolments, gaps, missing, limit);
    }
}
