package vn.loa.media;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what ffmpeg prints: the input description, silencedetect events, the loudnorm JSON, the ebur128
 * summary and the progress lines. These formats have been stable across ffmpeg 4.x to 8.x.
 */
final class FfmpegReport {

    private static final Pattern INPUT = Pattern.compile("^Input #0, ([^,]+(?:,[^,]+)*?), from ", Pattern.MULTILINE);
    private static final Pattern DURATION = Pattern.compile("Duration: (\\d+):(\\d{2}):(\\d{2}(?:\\.\\d+)?)");
    private static final Pattern BITRATE = Pattern.compile("Duration: [^\\n]*bitrate: (\\d+) kb/s");
    private static final Pattern AUDIO_STREAM = Pattern.compile(
            "Stream #0:\\d+[^:]*: Audio: ([\\w-]+)[^,\\n]*, (\\d+) Hz, ([^,\\n]+), (\\w+)");
    private static final Pattern META_LINE = Pattern.compile("^\\s+([^:\\s][^:]*?)\\s*: (.*)$");
    private static final Pattern SILENCE_START = Pattern.compile("silence_start: (-?[\\d.]+)");
    private static final Pattern SILENCE_END = Pattern.compile("silence_end: ([\\d.]+) \\| silence_duration: ([\\d.]+)");
    private static final Pattern SAMPLES = Pattern.compile("Number of samples: (\\d+)");
    private static final Pattern OUT_TIME = Pattern.compile("out_time_us=(\\d+)");

    private FfmpegReport() {
    }

    static AudioProbe probe(String stderr) {
        int end = firstOf(stderr, "Stream mapping:", "Output #0");
        String input = end < 0 ? stderr : stderr.substring(0, end);
        Matcher container = INPUT.matcher(input);
        Matcher duration = DURATION.matcher(input);
        Matcher bitrate = BITRATE.matcher(input);
        Matcher audio = AUDIO_STREAM.matcher(input);
        String codec = "";
        int rate = 0;
        int channels = 0;
        int depth = 0;
        if (audio.find()) {
            codec = audio.group(1);
            rate = Integer.parseInt(audio.group(2));
            channels = channels(audio.group(3).strip());
            depth = bitDepth(codec, audio.group(4));
        }
        return new AudioProbe(container.find() ? container.group(1) : "", codec, channels, rate, depth,
                duration.find() ? seconds(duration.group(1), duration.group(2), duration.group(3)) : 0,
                bitrate.find() ? Integer.parseInt(bitrate.group(1)) : 0, tags(input));
    }

    static boolean hasAudioStream(String stderr) {
        int end = firstOf(stderr, "Stream mapping:", "Output #0");
        return AUDIO_STREAM.matcher(end < 0 ? stderr : stderr.substring(0, end)).find();
    }

    /** Tags from every Metadata block of the input; the container's win over a stream's. */
    private static Map<String, String> tags(String input) {
        Map<String, String> tags = new LinkedHashMap<>();
        boolean inMetadata = false;
        int metadataIndent = 0;
        for (String line : input.split("\n")) {
            String trimmed = line.strip();
            int indent = line.length() - line.stripLeading().length();
            if (trimmed.equals("Metadata:")) {
                inMetadata = true;
                metadataIndent = indent;
                continue;
            }
            if (inMetadata && indent > metadataIndent) {
                Matcher m = META_LINE.matcher(line);
                if (m.matches()) {
                    tags.putIfAbsent(m.group(1).strip().toLowerCase(Locale.ROOT), m.group(2).strip());
                }
            } else {
                inMetadata = false;
            }
        }
        return tags;
    }

    static Silence silence(String stderr, double totalSeconds) {
        double leading = 0;
        double trailing = 0;
        double total = 0;
        Double openStart = null;
        Matcher starts = SILENCE_START.matcher(stderr);
        Matcher ends = SILENCE_END.matcher(stderr);
        int position = 0;
        while (true) {
            boolean hasStart = starts.find(position);
            int startAt = hasStart ? starts.start() : Integer.MAX_VALUE;
            boolean hasEnd = ends.find(position);
            int endAt = hasEnd ? ends.start() : Integer.MAX_VALUE;
            if (!hasStart && !hasEnd) {
                break;
            }
            if (startAt < endAt) {
                openStart = Math.max(0, Double.parseDouble(starts.group(1)));
                position = starts.end();
            } else {
                double end = Double.parseDouble(ends.group(1));
                double length = Double.parseDouble(ends.group(2));
                if (openStart != null && openStart < 0.05) {
                    leading = end;
                }
                if (end >= totalSeconds - 0.05) {
                    // newer ffmpeg closes a silence that runs to the end of the stream
                    trailing = length;
                }
                total += length;
                openStart = null;
                position = ends.end();
            }
        }
        if (openStart != null) {
            trailing = Math.max(0, totalSeconds - openStart);
            total += trailing;
            if (openStart < 0.05) {
                leading = totalSeconds;
            }
        }
        return new Silence(leading, trailing, total);
    }

    /** The measured input of a loudnorm first pass ({@code print_format=json}). */
    static Loudness loudnorm(String stderr) {
        int open = stderr.lastIndexOf('{');
        String json = open < 0 ? "" : stderr.substring(open);
        return new Loudness(number(json, "input_i"), number(json, "input_lra"), number(json, "input_tp"),
                number(json, "input_thresh"), number(json, "target_offset"));
    }

    /** The Summary block of the ebur128 filter with {@code peak=true}. */
    static Loudness ebur128(String stderr) {
        int summary = stderr.lastIndexOf("Summary:");
        String s = summary < 0 ? "" : stderr.substring(summary);
        return new Loudness(after(s, "I:"), after(s, "LRA:"), after(s, "Peak:"), Double.NaN, Double.NaN);
    }

    /**
     * Seconds decoded: the sample count of an {@code astats} filter placed before any filter that
     * buffers, divided by the sample rate; else the last {@code -progress} report (which ffmpeg 4.4
     * writes before loudnorm has flushed its last seconds).
     */
    static double decodedSeconds(String stderr, int sampleRate, String progress) {
        Matcher m = SAMPLES.matcher(stderr);
        long samples = -1;
        while (m.find()) {
            samples = Long.parseLong(m.group(1));
        }
        return samples >= 0 && sampleRate > 0 ? samples / (double) sampleRate : decodedSeconds(progress);
    }

    /** Seconds decoded, from the last {@code -progress} report. */
    static double decodedSeconds(String progress) {
        Matcher m = OUT_TIME.matcher(progress);
        long last = 0;
        while (m.find()) {
            last = Long.parseLong(m.group(1));
        }
        return last / 1_000_000.0;
    }

    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\"(-?inf|[-\\d.]+)\"").matcher(json);
        if (!m.find()) {
            return Double.NaN;
        }
        String v = m.group(1);
        return v.equals("-inf") ? Double.NEGATIVE_INFINITY : v.equals("inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(v);
    }

    private static double after(String text, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + "\\s+(-?inf|[-\\d.]+)").matcher(text);
        if (!m.find()) {
            return Double.NaN;
        }
        return m.group(1).equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(m.group(1));
    }

    private static int channels(String layout) {
        return switch (layout) {
            case "mono" -> 1;
            case "stereo" -> 2;
            default -> layout.matches("\\d+ channels") ? Integer.parseInt(layout.split(" ")[0])
                    : layout.startsWith("5.1") ? 6 : 2;
        };
    }

    private static int bitDepth(String codec, String sampleFormat) {
        Matcher pcm = Pattern.compile("pcm_[su](\\d+)").matcher(codec);
        if (pcm.find()) {
            return Integer.parseInt(pcm.group(1));
        }
        if (codec.equals("flac")) {
            return sampleFormat.startsWith("s32") ? 24 : 16;
        }
        return 0;
    }

    private static double seconds(String h, String m, String s) {
        return Integer.parseInt(h) * 3600 + Integer.parseInt(m) * 60 + Double.parseDouble(s);
    }

    private static int firstOf(String text, String a, String b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        if (i < 0) {
            return j;
        }
        return j < 0 ? i : Math.min(i, j);
    }
}
