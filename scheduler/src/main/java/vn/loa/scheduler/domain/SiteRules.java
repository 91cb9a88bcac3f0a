package vn.loa.scheduler.domain;

import java.util.List;
import java.util.regex.Pattern;

/** Checks a site before it is stored: its code, name, words and coordinates. */
public final class SiteRules {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    private SiteRules() {
    }

    public static List<Problem> check(SiteSpec spec) {
        Problems problems = new Problems();
        if (spec.code() == null || !CODE.matcher(spec.code()).matches()) {
            problems.add("code", "Mã điểm phát chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới (1–40 ký tự).",
                    "A site code is 1–40 plain letters, digits, '.', '-' or '_'.");
        }
        TextRules.checkName("name", spec.name(), 200, problems);
        TextRules.checkPlain("location", spec.location(), problems);
        TextRules.checkPlain("former_station_code", spec.formerStationCode(), problems);
        if ((spec.latitude() == null) != (spec.longitude() == null)) {
            problems.add("latitude", "Toạ độ cần cả vĩ độ và kinh độ, hoặc bỏ trống cả hai.",
                    "Coordinates need both latitude and longitude, or neither.");
        } else if (spec.latitude() != null && (Math.abs(spec.latitude()) > 90 || Math.abs(spec.longitude()) > 180)) {
            problems.add("latitude", "Toạ độ không hợp lệ: vĩ độ từ −90 đến 90, kinh độ từ −180 đến 180.",
                    "Invalid coordinates: latitude is −90 to 90, longitude −180 to 180.");
        }
        return problems.list();
    }
}
