package vn.loa.media;

import java.nio.file.Path;

/**
 * Audio that cannot become a broadcast rendition, or a tool that failed on it, with what a person
 * needs to act: the file, the step, a machine code, the message in Vietnamese and English, and (for
 * tool failures) ffmpeg's exit code and the tail of its error output.
 */
public final class MediaException extends RuntimeException {

    private final Path file;
    private final String step;
    private final String code;
    private final String messageEn;
    private final int exitCode;
    private final String stderrTail;

    public MediaException(Path file, String step, String code, String message, String messageEn, int exitCode,
                          String stderrTail) {
        super(message);
        this.file = file;
        this.step = step;
        this.code = code;
        this.messageEn = messageEn;
        this.exitCode = exitCode;
        this.stderrTail = stderrTail;
    }

    /** A refusal of the audio itself (not a tool failure). */
    public static MediaException refused(Path file, String step, String code, String message, String messageEn) {
        return new MediaException(file, step, code, message, messageEn, 0, "");
    }

    public Path file() {
        return file;
    }

    public String step() {
        return step;
    }

    /** e.g. {@code empty_file}, {@code not_audio}, {@code truncated}, {@code too_short}, {@code ffmpeg_missing}. */
    public String code() {
        return code;
    }

    public String messageEn() {
        return messageEn;
    }

    public int exitCode() {
        return exitCode;
    }

    public String stderrTail() {
        return stderrTail;
    }
}
