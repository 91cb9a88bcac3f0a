package vn.loa.scheduler.domain.reports;

import vn.loa.scheduler.domain.Word;

/** Where airings are summed in a frequency roll-up: per station, or per commune, district or province. */
public enum Place implements Word {
    STATION("đài"), COMMUNE("xã"), DISTRICT("huyện"), PROVINCE("tỉnh");

    private final String vietnamese;

    Place(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    @Override
    public String vietnamese() {
        return vietnamese;
    }

    /** The place asked for; by station when none is (the contract has checked the word). */
    public static Place parse(String value) {
        return value == null ? STATION : Word.fromWire(Place.class, value).orElseThrow();
    }
}
