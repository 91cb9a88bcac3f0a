package vn.loa.scheduler.domain.reports;

import java.time.LocalDate;

/**
 * Which as-run records a log page shows. {@code unitCode} null means the whole system; the other
 * filters are optional (null).
 */
public record LogFilter(String unitCode, Long stationId, Long programId, Long campaignId, String outcome, LocalDate from,
                        LocalDate to) {
}
