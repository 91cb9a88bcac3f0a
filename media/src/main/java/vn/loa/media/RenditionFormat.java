package vn.loa.media;

/**
 * The broadcast rendition the agents download: MP3 CBR, mono, 44.1 kHz, 64 kbit/s by default —
 * under 2.5 MB for five minutes, small enough for a commune's 3G link, plenty for horn speakers.
 */
public record RenditionFormat(int channels, int sampleRate, int bitrateKbps) {

    public static final RenditionFormat BROADCAST = new RenditionFormat(1, 44_100, 64);

    public String mediaType() {
        return "audio/mpeg";
    }

    public String extension() {
        return "mp3";
    }
}
