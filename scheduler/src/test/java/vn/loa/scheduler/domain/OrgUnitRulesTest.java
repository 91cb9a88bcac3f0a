package vn.loa.scheduler.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrgUnitRulesTest {

    @Test
    void communeMayHangUnderADistrictOrDirectlyUnderAProvinceAsSinceJuly2025() {
        OrgUnitSpec commune = new OrgUnitSpec("01273", "Phường Hợp Giang", "Phường", OrgUnitLevel.COMMUNE, "040");
        assertEquals(List.of(), OrgUnitRules.check(commune, Optional.of(OrgUnitLevel.DISTRICT)));
        assertEquals(List.of(), OrgUnitRules.check(commune, Optional.of(OrgUnitLevel.PROVINCE)));
    }

    @Test
    void districtCannotHangUnderADistrict() {
        OrgUnitSpec district = new OrgUnitSpec("042", "Huyện Bảo Lâm", "Huyện", OrgUnitLevel.DISTRICT, "040");
        assertEquals("parent_code", OrgUnitRules.check(district, Optional.of(OrgUnitLevel.DISTRICT)).get(0).field());
    }

    @Test
    void codeWithLeadingZeroDroppedBySpreadsheetGetsAHint() {
        OrgUnitSpec commune = new OrgUnitSpec("1273", "Phường Hợp Giang", "Phường", OrgUnitLevel.COMMUNE, "040");
        List<Problem> problems = OrgUnitRules.check(commune, Optional.of(OrgUnitLevel.DISTRICT));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("Excel"), problems.get(0).message());
    }

    @Test
    void provinceHasNoParentAndOthersNeedOne() {
        OrgUnitSpec province = new OrgUnitSpec("04", "Tỉnh Cao Bằng", "Tỉnh", OrgUnitLevel.PROVINCE, "01");
        assertEquals(1, OrgUnitRules.check(province, Optional.of(OrgUnitLevel.PROVINCE)).size());
        OrgUnitSpec orphan = new OrgUnitSpec("040", "Thành phố Cao Bằng", null, OrgUnitLevel.DISTRICT, null);
        assertEquals(1, OrgUnitRules.check(orphan, Optional.empty()).size());
    }
}
