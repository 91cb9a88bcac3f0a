package vn.loa.scheduler.portal;

import java.util.List;
import vn.loa.scheduler.domain.programs.PublicProgram;

/**
 * One page of a public list: a unit's or a campaign's public programs, newest first.
 *
 * @param kind     "unit" or "campaign": where its page and feed live ({@code /public/units/{key}}, …)
 * @param key      the unit's (or group's) code, or the campaign's id
 * @param subtitle who runs it and when, for a campaign; the kind of unit otherwise
 */
public record Listing(String kind, String key, String title, String subtitle, List<PublicProgram> programs, int page,
                      int pages, int total) {

    public static final int PAGE_SIZE = 20;

    public String path() {
        return "/public/" + (kind.equals("unit") ? "units/" : "campaigns/") + key;
    }
}
