package vn.loa.scheduler.store;

import java.util.List;
import vn.loa.scheduler.domain.hand.FallbackProgram;

/** Evergreen fallback playlists: a station's own, or a unit's for the stations below it. */
public interface FallbackRepository {

    /** Replaces the playlist of the unit (by code) or the station; an empty list removes it. */
    void set(String unitCode, Long stationId, List<Long> programIds);

    /** The playlist set on the unit or the station itself, approved programs only, in order. */
    List<FallbackProgram> own(String unitCode, Long stationId);

    /** What the station airs as fallback: its own playlist, else the nearest unit's above it; empty when none. */
    List<FallbackProgram> forStation(long stationId);
}
