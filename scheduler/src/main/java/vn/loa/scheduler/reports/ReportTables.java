package vn.loa.scheduler.reports;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.loa.scheduler.domain.Outcome;
import vn.loa.scheduler.domain.reports.Evidence;
import vn.loa.scheduler.domain.reports.FrequencyCell;
import vn.loa.scheduler.domain.reports.LogRow;

/** The reports as {@link ReportDocument}s with Vietnamese headers, for every export format. */
public final class ReportTables {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ReportTables() {
    }

    static String period(LocalDate from, LocalDate to) {
        return "Từ ngày " + DAY.format(from) + " đến ngày " + DAY.format(to);
    }

    public static ReportDocument log(List<LogRow> rows, LocalDate from, LocalDate to) {
        List<List<Object>> out = new ArrayList<>();
        for (LogRow r : rows) {
            out.add(Arrays.asList(r.day(), r.stationCode(), r.stationName(), r.sequence(), r.programId(), r.programTitle(),
                    r.campaignName(), r.plannedStart(), r.actualStart(), r.actualEnd(), r.secondsPlayed(),
                    Outcome.vietnamese(r.outcome()), r.reason(), startErrorMillis(r), r.clockUncertaintyMillis(),
                    Evidence.vietnamese(r.evidence()) + (r.levelFlag() == null ? "" : " — " + Evidence.levelVietnamese(r.levelFlag()))));
        }
        return ReportDocument.single("Nhật ký phát sóng — " + period(from, to), new ReportDocument.Table("Nhật ký phát",
                List.of("Ngày", "Mã đài", "Tên đài", "Số thứ tự", "Mã chương trình", "Chương trình", "Chiến dịch",
                        "Giờ dự kiến", "Giờ phát thực tế", "Giờ kết thúc", "Số giây đã phát", "Kết quả", "Lý do",
                        "Lệch giờ bắt đầu (ms)", "Sai số đồng hồ ± (ms)", "Bằng chứng âm thanh"), out));
    }

    /** Actual start against planned, on the agent's clock: known to within the clock's bound, the next column. */
    private static Long startErrorMillis(LogRow r) {
        return r.plannedStart() == null || r.actualStart() == null ? null
                : Duration.between(r.plannedStart(), r.actualStart()).toMillis();
    }

    public static ReportDocument frequency(List<FrequencyCell> cells, LocalDate from, LocalDate to) {
        List<List<Object>> out = new ArrayList<>();
        for (FrequencyCell c : cells) {
            out.add(Arrays.asList(c.bucketStart(), c.placeCode(), c.placeName(), c.programId(), c.programTitle(), c.airings(),
                    c.target(), c.partial(), c.missed()));
        }
        return ReportDocument.single("Tần suất phát sóng — " + period(from, to), new ReportDocument.Table("Tần suất phát",
                List.of("Từ ngày", "Mã địa bàn", "Địa bàn", "Mã chương trình", "Chương trình", "Số lần phát",
                        "Chỉ tiêu", "Phát dở/bị ngắt", "Bỏ lỡ/lỗi"), out));
    }

    public static ReportDocument compliance(ComplianceReport.Report report) {
        return ReportDocument.single("Mức độ thực hiện chiến dịch \"" + report.campaign().spec().name() + "\" — "
                + period(report.from(), report.to()), complianceTable("Theo đài", report.result()));
    }

    public static ReportDocument relayCompliance(RelayComplianceReport.Report report) {
        RelayCompliance.Result r = report.result();
        List<List<Object>> out = new ArrayList<>();
        for (RelayCompliance.StationResult s : r.stations()) {
            out.add(Arrays.asList(s.code(), s.name(), s.due(), s.played(), new ReportDocument.Percent(s.compliance()), s.partial(),
                    s.failed(), s.notReported(), s.fallbacks(), s.dropouts(), s.minutesHeard(),
                    s.reason() == null ? "" : s.reason().vietnamese()));
        }
        out.add(Arrays.asList("", "Tổng cộng", r.due(), r.played(), new ReportDocument.Percent(r.compliance()), "", "", "",
                r.fallbacks(), "", r.minutesHeard(), ""));
        String what = report.source().name() + (report.slot() == null ? ""
                : " (giờ " + RelayComplianceReport.slotText(report.slot()) + ")");
        return ReportDocument.single("Mức độ thực hiện tiếp âm \"" + what + "\" — " + period(report.from(), report.to()),
                new ReportDocument.Table("Theo đài", List.of("Mã đài", "Tên đài", "Số buổi theo lịch", "Số buổi phát trọn",
                        "Tỷ lệ tuân thủ (%)", "Phát dở/bị ngắt", "Bỏ lỡ/lỗi", "Chưa báo cáo", "Phát dự phòng", "Số lần mất luồng",
                        "Số phút nghe được", "Nguyên nhân chính"), out));
    }

    public static ReportDocument monitoring(MonitoringReport.Figures f, String scopeName) {
        List<String> summary = new ArrayList<>();
        summary.add("Phạm vi: " + scopeName + ". " + period(f.from(), f.to()) + ".");
        summary.add("Số chương trình sản xuất: " + f.programsProduced() + " (" + f.minutesProduced() + " phút).");
        summary.add("Số chương trình đã phát: " + f.aired().size() + ". Tổng số lần phát: " + f.airings()
                + ".");
        summary.add("Tổng thời lượng phát: " + f.totalMinutes() + " phút, gồm tiếp âm " + f.relayMinutes() + " phút ("
                + f.split().relays() + " buổi, " + f.split().relaysPlayed() + " buổi phát trọn), chương trình " + f.programMinutes()
                + " phút, thông báo khẩn " + f.noticeMinutes() + " phút.");
        summary.add("Phát trên loa: " + f.airings() + " lượt; nghe trên cổng thông tin: " + f.listensOnPortal() + " lượt.");
        summary.add("Đã phát, có bằng chứng âm thanh: " + f.split().soundMatched() + "/" + f.split().programsPlayed() + " lượt ("
                + (f.split().matchedShare() == null ? "—" : new ReportDocument.Percent(f.split().matchedShare()) + " %")
                + "); âm thanh không khớp chương trình: " + f.split().soundNotMatched() + " lượt.");
        summary.add("Số đài có phát: " + f.stationsCovered() + "/" + f.stations() + ". Số xã, phường, thị trấn được phủ sóng: "
                + f.communesCovered() + ".");
        summary.add("Số đài phát đủ mọi ngày có khung giờ: " + f.stationsAiringDaily() + "/" + f.stations() + " ("
                + new ReportDocument.Percent(f.dailyShare()) + " %).");
        summary.add("Số đài im lặng hiện nay: " + f.silent().size() + ".");

        List<List<Object>> produced = new ArrayList<>();
        f.produced().forEach(p -> produced.add(Arrays.asList(p.unitName(), p.topic(), p.language(), p.programs(),
                Math.round(p.durationMillis() / 6_000.0) / 10.0)));
        List<List<Object>> aired = new ArrayList<>();
        f.aired().forEach(a -> aired.add(Arrays.asList(a.programId(), a.title(), a.airings(), a.stations(),
                Math.round(a.seconds() / 6.0) / 10.0, f.portalListens().getOrDefault(a.programId(), 0L))));
        List<List<Object>> campaigns = new ArrayList<>();
        f.campaigns().forEach(c -> campaigns.add(Arrays.asList(c.campaign().spec().name(), c.result().stations().size(),
                c.result().targeted(), c.result().achieved(), new ReportDocument.Percent(c.result().compliance()),
                new ReportDocument.Percent(c.result().daysShare()), new ReportDocument.Percent(c.sound().share()))));
        List<List<Object>> relays = new ArrayList<>();
        f.relays().forEach(l -> relays.add(Arrays.asList(l.source().name(), l.result().stations().size(), l.result().due(),
                l.result().played(), new ReportDocument.Percent(l.result().compliance()), l.result().fallbacks(),
                l.result().minutesHeard())));
        List<List<Object>> silent = new ArrayList<>();
        f.silent().forEach(s -> {
            var station = f.stationById().get(s.stationId());
            silent.add(Arrays.asList(station == null ? "" : station.spec().code(), station == null ? "" : station.spec().name(),
                    s.since(), s.reason().equals("no_heartbeat") ? "Không nhận được tín hiệu" : "Có lịch nhưng không phát"));
        });
        List<List<Object>> mismatches = new ArrayList<>();
        f.mismatches().forEach(m -> mismatches.add(Arrays.asList(m.code(), m.name(), m.mismatches(), m.heardMismatches(),
                m.silences(), m.quiet(), m.lastDay())));
        return new ReportDocument("Báo cáo giám sát hoạt động truyền thanh cơ sở", summary, List.of(
                new ReportDocument.Table("1. Chương trình sản xuất", List.of("Đơn vị sản xuất", "Chủ đề", "Ngôn ngữ",
                        "Số chương trình", "Thời lượng (phút)"), produced),
                new ReportDocument.Table("2. Chương trình đã phát", List.of("Mã chương trình", "Chương trình", "Số lần phát",
                        "Số đài phát", "Thời lượng phát (phút)", "Nghe trên cổng thông tin (lượt)"), aired),
                new ReportDocument.Table("3. Thực hiện các chiến dịch", List.of("Chiến dịch", "Số đài", "Số lần theo kế hoạch",
                        "Số lần đạt", "Tỷ lệ tuân thủ (%)", "Tỷ lệ ngày có phát (%)", "Có bằng chứng âm thanh (%)"), campaigns),
                new ReportDocument.Table("4. Thực hiện tiếp âm", List.of("Nguồn tiếp âm", "Số đài", "Số buổi theo lịch",
                        "Số buổi phát trọn", "Tỷ lệ tuân thủ (%)", "Số buổi phát dự phòng", "Số phút nghe được"), relays),
                new ReportDocument.Table("5. Đài im lặng", List.of("Mã đài", "Tên đài", "Im lặng từ", "Nguyên nhân"), silent),
                new ReportDocument.Table("6. Đài có âm thanh phát ra không khớp chương trình hoặc im lặng", List.of("Mã đài",
                        "Tên đài", "Số lượt không khớp", "Trong đó nghe lại không khớp", "Số lượt phát ra im lặng",
                        "Số lượt âm lượng quá nhỏ", "Ngày gần nhất"), mismatches)));
    }

    static ReportDocument.Table complianceTable(String title, Compliance.Result r) {
        List<List<Object>> out = new ArrayList<>();
        for (Compliance.StationResult s : r.stations()) {
            out.add(Arrays.asList(s.code(), s.name(), s.targeted(), s.achieved(), new ReportDocument.Percent(s.compliance()),
                    s.windowDays(), s.daysWithAiring(), s.missed(), s.partial(), s.notReported(),
                    s.reason() == null ? "" : s.reason().vietnamese()));
        }
        out.add(Arrays.asList("", "Tổng cộng", r.targeted(), r.achieved(), new ReportDocument.Percent(r.compliance()),
                r.windowDays(), r.daysWithAiring(), "", "", "", ""));
        return new ReportDocument.Table(title, List.of("Mã đài", "Tên đài", "Số lần theo kế hoạch", "Số lần đạt",
                "Tỷ lệ tuân thủ (%)", "Số ngày có khung giờ", "Số ngày có phát", "Bỏ lỡ/lỗi", "Phát dở/bị ngắt", "Chưa báo cáo",
                "Nguyên nhân chính"), out);
    }
}
