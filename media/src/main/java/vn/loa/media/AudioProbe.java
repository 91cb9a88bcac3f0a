package vn.loa.media;

import java.util.Map;

/**
 * What the source file says about itself.
 *
 * @param declaredSeconds duration from the container header; 0 when it gives none
 * @param bitDepth        bits per sample for PCM and FLAC; 0 when the codec has none (MP3, AAC, Opus)
 * @param bitrateKbps     overall bitrate; 0 when unknown
 * @param tags            container or stream tags, keys lower-case (title, artist, album, comment…)
 */
public record AudioProbe(String container, String codec, int channels, int sampleRate, int bitDepth,
                         double declaredSeconds, int bitrateKbps, Map<String, String> tags) {
}
