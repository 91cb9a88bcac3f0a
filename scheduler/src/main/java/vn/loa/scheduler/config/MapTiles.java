package vn.loa.scheduler.config;

import java.net.URI;

/**
 * Where the stations map takes its background from: a tile server (an office's own, or a public one where the
 * office has internet). Off by default, since many commune and district offices have no internet: the map
 * then draws the sites over a plain background.
 *
 * @param urlTemplate  an http(s) URL with {z}, {x} and {y}, as Leaflet expects
 * @param attribution  the credit the tile provider asks for, shown in the map's corner
 */
public record MapTiles(String urlTemplate, String attribution) {

    /** The scheme, host and port of the tile server, for the console's Content-Security-Policy. */
    public String origin() {
        URI uri = URI.create(urlTemplate.replace("{", "").replace("}", ""));
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
