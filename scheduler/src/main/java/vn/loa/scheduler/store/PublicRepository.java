package vn.loa.scheduler.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.loa.scheduler.domain.programs.PublicCampaign;
import vn.loa.scheduler.domain.programs.PublicProgram;

/** What is public on the portal, who made it so, and how often it was listened to there. */
public interface PublicRepository {

    /** The program if it is public now (itself or through a public campaign). */
    Optional<PublicProgram> program(long id);

    /** Public programs produced within the unit or planning group, newest first. */
    List<PublicProgram> ofUnit(String scopeCode, int limit, int offset);

    int countOfUnit(String scopeCode);

    Optional<PublicCampaign> campaign(long id);

    List<PublicProgram> ofCampaign(long campaignId, int limit, int offset);

    int countOfCampaign(long campaignId);

    /** When a planner made the program public itself; empty when they did not. */
    Optional<Instant> programPublicAt(long id);

    Optional<Instant> campaignPublicAt(long id);

    /** @param at null to take it off the portal */
    void setProgramPublic(long id, Instant at);

    void setCampaignPublic(long id, Instant at);

    /** Whether the program is public now, by either way. */
    boolean isPublic(long programId);

    void countListen(long programId, LocalDate day, boolean download);

    /** Plays and downloads on the portal, all time. */
    Listens listens(long programId);

    /** Plays and downloads on the portal on the days from {@code from} to {@code to}, both included. */
    Listens listens(long programId, LocalDate from, LocalDate to);

    record Listens(long plays, long downloads) {
    }
}
