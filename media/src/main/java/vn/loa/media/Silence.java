package vn.loa.media;

/**
 * Where a recording is silent (below the silence threshold for at least half a second).
 *
 * @param leadingSeconds  silence from the start
 * @param trailingSeconds silence up to the end
 * @param totalSeconds    all silent stretches together
 */
public record Silence(double leadingSeconds, double trailingSeconds, double totalSeconds) {
}
