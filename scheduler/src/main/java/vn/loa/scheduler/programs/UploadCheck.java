package vn.loa.scheduler.programs;

import vn.loa.scheduler.domain.Problems;
import vn.loa.scheduler.domain.TextRules;
import vn.loa.scheduler.domain.programs.ProgramKind;

/** What an upload's fields must be before its audio is kept; every problem is reported at once. */
final class UploadCheck {

    private UploadCheck() {
    }

    static void check(Upload u, String title, String language, String kind) {
        Problems problems = new Problems();
        TextRules.checkName("title", title, 200, problems);
        if (u.topic() != null) {
            TextRules.checkName("topic", u.topic(), 200, problems);
        }
        if (!language.matches("[a-z]{2,3}")) {
            problems.add("language", "Mã ngôn ngữ phải là mã ISO 639 như vi, tyz, hnj.", "Language must be an ISO 639 code.");
        }
        if (ProgramKind.fromWire(kind).isEmpty()) {
            problems.add("kind", "Loại phải là program hoặc urgent_notice.", "Kind must be program or urgent_notice.");
        }
        String waiver = u.durationWaiver();
        if (waiver != null && (waiver.strip().length() < 10 || waiver.length() > 500 || TextRules.hasControlCharacters(waiver))) {
            problems.add("duration_waiver", "Lý do miễn quy định thời lượng cần ghi rõ (10–500 ký tự).",
                    "A duration waiver needs a written reason (10–500 characters).");
        }
        if (u.producingUnitCode() == null) {
            problems.add("producing_unit_code", "Hãy chọn đơn vị sản xuất.", "Choose the producing unit.");
        }
        if (u.files().size() != 1 || !u.files().get(0).field().equals("file")) {
            problems.add("file", "Hãy đính kèm đúng một tệp âm thanh trong trường 'file'.",
                    "Attach exactly one audio file in the 'file' field.");
        }
        problems.throwIfAny("Chương trình", "The program");
    }
}
