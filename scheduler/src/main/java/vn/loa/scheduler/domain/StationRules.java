package vn.loa.scheduler.domain;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a station before it is stored: its commune, languages, time zone and broadcast windows. */
public final class StationRules {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final int MIN_WAIVER_LENGTH = 10;

    private StationRules() {
    }

    /**
     * @param commune     the level of the unit named by {@code communeCode}, empty when there is none
     * @param quietStrict the province refuses windows inside the quiet hours (else they are only warnings)
     */
    public static List<Problem> check(StationSpec spec, Optional<OrgUnitLevel> commune, boolean quietStrict) {
        Problems problems = new Problems();
        if (spec.code() == null || !CODE.matcher(spec.code()).matches()) {
            problems.add("code", "Mã đài chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới (1–40 ký tự).",
                    "A station code is 1–40 plain letters, digits, '.', '-' or '_'.");
        }
        TextRules.checkName("name", spec.name(), 200, problems);
        TextRules.checkPlain("quiet_hours_waiver", spec.quietHoursWaiver(), problems);
        if (commune.isEmpty()) {
            problems.add("commune_code", "Không có xã/phường với mã '" + spec.communeCode() + "'.",
                    "There is no commune with code '" + spec.communeCode() + "'.");
        } else if (commune.get() != OrgUnitLevel.COMMUNE) {
            problems.add("commune_code", "Đài phải thuộc một xã/phường, không phải cấp " + commune.get().vietnamese() + ".",
                    "A station belongs to a commune, not a " + commune.get().wireName() + ".");
        }
        checkLanguages(spec.languages(), problems);
        checkTimeZone(spec.timeZone(), problems);
        problems.addAll(checkWindows(spec.windows(), spec.quietHours()));
        if (quietStrict) {
            problems.addAll(quietHoursWarnings(spec));
        }
        if (spec.quietHoursWaiver() != null && !spec.quietHoursWaiver().isBlank()
                && spec.quietHoursWaiver().strip().length() < MIN_WAIVER_LENGTH) {
            problems.add("quiet_hours_waiver", "Lý do miễn giờ yên tĩnh cần ghi rõ (ít nhất 10 ký tự).",
                    "A quiet-hours waiver needs a written reason of at least 10 characters.");
        }
        return problems.list();
    }

    /**
     * The station's windows that fall inside its quiet hours, when it has no waiver: warnings a person
     * should read (the window airs as written), or refusals where the province is strict.
     */
    public static List<Problem> quietHoursWarnings(StationSpec spec) {
        Problems problems = new Problems();
        QuietHours quiet = spec.quietHours();
        if (spec.quietHoursWaived() || quiet.notBeforeMinute() >= quiet.notAfterMinute()) {
            return problems.list();
        }
        // one warning per time range, naming its days, not seven for an every-day window
        Map<String, List<String>> daysByTimes = new LinkedHashMap<>();
        for (BroadcastWindow w : spec.windows()) {
            if (w.startMinute() < w.endMinute() && !quiet.allows(w)) {
                daysByTimes.computeIfAbsent(MinuteOfDay.format(w.startMinute()) + "–" + MinuteOfDay.format(w.endMinute()),
                        k -> new ArrayList<>()).add(Weekdays.vietnameseShort(w.day()));
            }
        }
        String allowed = MinuteOfDay.format(quiet.notBeforeMinute())
                + (quiet.hasEveningLimit() ? " – " + MinuteOfDay.format(quiet.notAfterMinute()) : "");
        daysByTimes.forEach((times, days) -> {
            String window = times + " (" + String.join(", ", days) + ")";
            problems.add("windows", "Khung giờ " + window + " rơi vào giờ yên tĩnh (chỉ được phát " + allowed
                            + "). Hãy dời khung giờ hoặc ghi lý do miễn giờ yên tĩnh.",
                    "Window " + window + " falls in quiet hours (airing allowed " + allowed
                            + "). Move it or record a quiet-hours waiver.");
        });
        return problems.list();
    }

    /**
     * Windows must lie inside one day and not overlap on the same weekday. Each problem names the window
     * itself (day and times), since the API groups days.
     */
    public static List<Problem> checkWindows(List<BroadcastWindow> windows, QuietHours quiet) {
        Problems problems = new Problems();
        if (quiet.notBeforeMinute() >= quiet.notAfterMinute()) {
            problems.add("quiet_hours", "Giờ yên tĩnh không hợp lệ: giờ bắt đầu được phát phải trước giờ kết thúc.",
                    "Quiet hours are invalid: the earliest airing time must be before the latest.");
        }
        for (int i = 0; i < windows.size(); i++) {
            BroadcastWindow w = windows.get(i);
            String field = "windows";
            if (w.startMinute() < 0 || w.endMinute() > MinuteOfDay.END_OF_DAY || w.startMinute() >= w.endMinute()) {
                problems.add(field, "Khung giờ " + w + " phải nằm trong một ngày và giờ bắt đầu trước giờ kết thúc"
                                + " (khung qua nửa đêm hãy tách thành hai khung).",
                        "Window " + w + " must lie inside one day with its start before its end"
                                + " (split a window across midnight in two).");
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (w.overlaps(windows.get(j))) {
                    problems.add(field, "Khung giờ " + w + " trùng với khung " + windows.get(j) + ".",
                            "Window " + w + " overlaps window " + windows.get(j) + ".");
                }
            }
        }
        return problems.list();
    }

    private static void checkLanguages(List<String> languages, Problems problems) {
        if (languages.isEmpty()) {
            problems.add("languages", "Cần ít nhất một ngôn ngữ phát (ví dụ vi).", "At least one language is needed (e.g. vi).");
        }
        Set<String> seen = new HashSet<>();
        for (String language : languages) {
            if (!LANGUAGE.matcher(language).matches()) {
                problems.add("languages", "Mã ngôn ngữ '" + language + "' không hợp lệ; dùng mã ISO 639 như vi, tyz (Tày), nut (Nùng), hnj (H'Mông).",
                        "Language code '" + language + "' is invalid; use ISO 639 codes such as vi, tyz, nut, hnj.");
            } else if (!seen.add(language)) {
                problems.add("languages", "Ngôn ngữ '" + language + "' bị lặp.", "Language '" + language + "' is repeated.");
            }
        }
    }

    private static void checkTimeZone(String zone, Problems problems) {
        try {
            ZoneId.of(zone);
        } catch (DateTimeException | NullPointerException e) {
            problems.add("time_zone", "Múi giờ '" + zone + "' không tồn tại; mặc định là " + StationSpec.DEFAULT_TIME_ZONE + ".",
                    "Time zone '" + zone + "' does not exist; the default is " + StationSpec.DEFAULT_TIME_ZONE + ".");
        }
    }
}
