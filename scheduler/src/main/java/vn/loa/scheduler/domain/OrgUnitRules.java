package vn.loa.scheduler.domain;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks an org unit against the shape of Vietnam's administrative tree. */
public final class OrgUnitRules {

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private OrgUnitRules() {
    }

    /**
     * @param parent the unit named by {@code spec.parentCode()}, empty when there is none in the store
     *               (or in the same import file)
     */
    public static List<Problem> check(OrgUnitSpec spec, Optional<OrgUnitLevel> parent) {
        Problems problems = new Problems();
        OrgUnitLevel level = spec.level();
        String code = spec.code() == null ? "" : spec.code();
        if (!DIGITS.matcher(code).matches() || code.length() != level.codeDigits()) {
            problems.add("code",
                    "Mã " + level.vietnamese() + " phải gồm đúng " + level.codeDigits() + " chữ số (nhận được '" + code
                            + "'). Nếu Excel đã bỏ số 0 ở đầu, hãy định dạng cột mã là Văn bản.",
                    "A " + level.wireName() + " code must be exactly " + level.codeDigits() + " digits (got '" + code
                            + "'). If a spreadsheet dropped leading zeros, format the code column as text.");
        }
        TextRules.checkName("name", spec.name(), 200, problems);
        if (spec.type() != null && spec.type().length() > 60) {
            problems.add("type", "Loại đơn vị dài quá 60 ký tự.", "The unit type is longer than 60 characters.");
        }
        TextRules.checkPlain("type", spec.type(), problems);
        checkParent(spec, parent, problems);
        return problems.list();
    }

    private static void checkParent(OrgUnitSpec spec, Optional<OrgUnitLevel> parent, Problems problems) {
        OrgUnitLevel level = spec.level();
        boolean hasParentCode = spec.parentCode() != null && !spec.parentCode().isBlank();
        if (level == OrgUnitLevel.PROVINCE) {
            if (hasParentCode) {
                problems.add("parent_code", "Cấp tỉnh không có đơn vị cấp trên; hãy để trống mã cấp trên.",
                        "A province has no parent; leave parent_code empty.");
            }
            return;
        }
        if (!hasParentCode) {
            problems.add("parent_code", "Đơn vị cấp " + level.vietnamese() + " cần mã đơn vị cấp trên.",
                    "A " + level.wireName() + " needs a parent_code.");
        } else if (parent.isEmpty()) {
            problems.add("parent_code", "Không có đơn vị cấp trên với mã '" + spec.parentCode() + "'.",
                    "There is no parent unit with code '" + spec.parentCode() + "'.");
        } else if (!level.acceptsParent(parent.get())) {
            problems.add("parent_code",
                    "Đơn vị cấp " + level.vietnamese() + " không thể trực thuộc cấp " + parent.get().vietnamese() + ".",
                    "A " + level.wireName() + " cannot belong to a " + parent.get().wireName() + ".");
        }
    }
}
