package vn.loa.scheduler.campaigns;

/** What a planner should know of a campaign's period (it started before today), in both languages. */
public record PeriodNote(String message, String messageEn) {
}
