package vn.loa.scheduler.http;

import java.util.ArrayList;
import java.util.List;
import vn.loa.scheduler.reports.Compliance;
import vn.loa.scheduler.reports.ComplianceReport;
import vn.loa.scheduler.reports.CsvExport;
import vn.loa.scheduler.reports.FrequencyCell;
import vn.loa.scheduler.reports.LogRow;
import vn.loa.scheduler.reports.Outcomes;

/** The reports as CSV with Vietnamese headers; the same figures as the JSON. */
final class ReportCsv {

    private ReportCsv() {
    }

    static String log(List<LogRow> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (LogRow r : rows) {
            out.add(java.util.Arrays.asList(r.day(), r.stationCode(), r.stationName(), r.sequence(), r.programId(), r.programTitle(),
                    r.campaignName(), r.plannedStart(), r.actualStart(), r.actualEnd(), r.secondsPlayed(),
                    Outcomes.vietnamese(r.outcome()), r.reason()));
        }
        return CsvExport.of(List.of("Ngày", "Mã đài", "Tên đài", "Số thứ tự", "Mã chương trình", "Chương trình", "Kế hoạch",
                "Giờ dự kiến (UTC)", "Giờ phát thực tế (UTC)", "Giờ kết thúc (UTC)", "Số giây đã phát", "Kết quả", "Lý do"), out);
    }

    static String frequency(List<FrequencyCell> cells) {
        List<List<Object>> out = new ArrayList<>();
        for (FrequencyCell c : cells) {
            out.add(List.of(c.bucketStart(), c.placeCode(), c.placeName(), c.programId(), c.programTitle(), c.airings(),
                    c.partial(), c.missed()));
        }
        return CsvExport.of(List.of("Từ ngày", "Mã địa bàn", "Địa bàn", "Mã chương trình", "Chương trình", "Số lần phát",
                "Phát dở/bị ngắt", "Bỏ lỡ/lỗi"), out);
    }

    static String compliance(ComplianceReport.Report report) {
        List<List<Object>> out = new ArrayList<>();
        for (Compliance.StationResult s : report.result().stations()) {
            out.add(java.util.Arrays.asList(s.code(), s.name(), s.targeted(), s.achieved(), percent(s.compliance()),
                    s.windowDays(), s.daysWithAiring(), s.missed(), s.partial(), s.notReported(),
                    s.reason() == null ? "" : s.reason().vi));
        }
        Compliance.Result r = report.result();
        out.add(java.util.Arrays.asList("", "Tổng cộng", r.targeted(), r.achieved(), percent(r.compliance()), r.windowDays(),
                r.daysWithAiring(), "", "", "", ""));
        return CsvExport.of(List.of("Mã đài", "Tên đài", "Số lần theo kế hoạch", "Số lần đạt", "Tỷ lệ tuân thủ (%)",
                "Số ngày có khung giờ", "Số ngày có phát", "Bỏ lỡ/lỗi", "Phát dở/bị ngắt", "Chưa báo cáo", "Nguyên nhân chính"), out);
    }

    /** A share as a percentage with one decimal, written the Vietnamese way (comma): 87,5. */
    static String percent(Double share) {
        return share == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", share * 100).replace('.', ',');
    }
}
