package vn.loa.scheduler.domain;

import java.util.Optional;

/**
 * Levels of Vietnam's administrative tree. Until July 2025 communes hung under districts; since then
 * they hang directly under provinces. Both shapes are valid, so a commune's parent may be either.
 */
public enum OrgUnitLevel implements Word {
    PROVINCE("tỉnh/thành phố", 2),
    DISTRICT("huyện/quận", 3),
    COMMUNE("xã/phường", 5);

    private final String vietnamese;
    private final int codeDigits;

    OrgUnitLevel(String vietnamese, int codeDigits) {
        this.vietnamese = vietnamese;
        this.codeDigits = codeDigits;
    }

    @Override
    public String vietnamese() {
        return vietnamese;
    }

    /** Official GSO codes: 2 digits for a province, 3 for a district, 5 for a commune. */
    public int codeDigits() {
        return codeDigits;
    }

    public boolean acceptsParent(OrgUnitLevel parent) {
        return switch (this) {
            case PROVINCE -> false;
            case DISTRICT -> parent == PROVINCE;
            case COMMUNE -> parent == PROVINCE || parent == DISTRICT;
        };
    }

    public static Optional<OrgUnitLevel> fromWire(String value) {
        return Word.fromWire(OrgUnitLevel.class, value);
    }
}
