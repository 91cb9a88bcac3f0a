package vn.loa.scheduler.domain.programs;

/**
 * The part of a program a planner edits by hand.
 *
 * @param validFrom first day it may air (YYYY-MM-DD), or null
 * @param validTo   last day it may air, or null
 */
public record ProgramDetails(String title, String topic, String language, String validFrom, String validTo) {

    public static ProgramDetails of(Program p) {
        return new ProgramDetails(p.title(), p.topic(), p.language(), p.validFrom(), p.validTo());
    }
}
