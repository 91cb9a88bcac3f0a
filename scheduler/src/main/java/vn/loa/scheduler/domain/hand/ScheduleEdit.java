package vn.loa.scheduler.domain.hand;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One airing moved, removed or added by hand at a station on a day, as stored.
 *
 * @param kind       {@code add}, {@code move} or {@code remove}
 * @param fromSecond for a move or removal, the second of the day the airing had when it was edited
 * @param atSecond   for an add or move, the second of the day it airs at; null for a removal
 */
public record ScheduleEdit(long id, long stationId, LocalDate day, String kind, long programId, Long campaignId,
                           Integer fromSecond, Integer atSecond, String reason, String createdBy, Instant createdAt,
                           Instant withdrawnAt) {

    public static final String ADD = "add";
    public static final String MOVE = "move";
    public static final String REMOVE = "remove";
}
