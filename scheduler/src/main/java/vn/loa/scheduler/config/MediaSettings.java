package vn.loa.scheduler.config;

import java.nio.file.Path;
import vn.loa.media.DurationPolicy;
import vn.loa.media.LoudnessTarget;
import vn.loa.media.RenditionFormat;

/**
 * How programs are ingested: where ffmpeg is (null: PATH, then bundled), upload cap, how many run at
 * once, the duration rules, the loudness target and the rendition format.
 */
public record MediaSettings(Path ffmpeg, long uploadMaxBytes, int ingestWorkers, DurationPolicy program,
                            DurationPolicy urgentNotice, LoudnessTarget loudness, RenditionFormat rendition) {
}
