package vn.loa.scheduler.programs;

import java.nio.file.Path;
import java.util.List;

/**
 * An upload as the form sent it, before anything is checked: blank fields are null.
 *
 * @param files every file part of the form, by field name
 */
public record Upload(String title, String topic, String language, String kind, String durationWaiver,
                     String producingUnitCode, List<File> files) {

    /** One file part, already streamed to disk. */
    public record File(String field, String name, Path stored, long size) {
    }
}
