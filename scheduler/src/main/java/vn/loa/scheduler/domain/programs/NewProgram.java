package vn.loa.scheduler.domain.programs;

/** What an upload says about the program before its audio is processed. */
public record NewProgram(String title, String topic, String producingUnitCode, String language, ProgramKind kind,
                         String durationWaiver, String sourceName, long sourceSizeBytes, String createdBy) {
}
