package vn.tinhso.feedback.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.tinhso.platform.ImageSources;

/**
 * The map of the feedback pages ({@code tinhso.feedback.map.*}): where tiles come from, their
 * attribution, and where the map opens. The tile host is the only outside origin pages may load
 * images from; markers and pins work without tiles.
 */
@Component
class MapSettings implements ImageSources {

	static final String DEFAULT_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
	/** Scheme and host (a leading *. for {s} subdomains, an optional port), then the path or the end. */
	private static final Pattern ORIGIN = Pattern.compile("^(https?://(?:\\*\\.)?[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*(?::\\d{1,5})?)(?:/|$)");

	static final String DEFAULT_ATTRIBUTION = "© OpenStreetMap contributors";

	private final String tileUrl;
	private final String attribution;
	private final double centerLat;
	private final double centerLon;
	private final int zoom;
	private final int pointZoom;

	MapSettings(Environment env) {
		this.tileUrl = env.getProperty("tinhso.feedback.map.tile-url", DEFAULT_TILES).strip();
		this.attribution = env.getProperty("tinhso.feedback.map.attribution", DEFAULT_ATTRIBUTION);
		this.centerLat = env.getProperty("tinhso.feedback.map.center-lat", Double.class, 21.186);
		this.centerLon = env.getProperty("tinhso.feedback.map.center-lon", Double.class, 106.076);
		this.zoom = env.getProperty("tinhso.feedback.map.zoom", Integer.class, 12);
		this.pointZoom = Math.max(0, Math.min(MapView.MAX_ZOOM,
				env.getProperty("tinhso.feedback.map.point-zoom", Integer.class, 13)));
	}

	/** The scheme and host (and port) of the tile URL; none when it is blank or relative (tiles served by us). */
	@Override
	public List<String> imageOrigins() {
		return origin(tileUrl) == null ? List.of() : List.of(origin(tileUrl));
	}

	/**
	 * The origin of a tile URL template, for img-src; null when the URL is blank, relative (tiles served
	 * here) or anything but a plain http(s) host, so a mistyped setting can never loosen the policy more.
	 */
	static String origin(String url) {
		if (url == null) {
			return null;
		}
		Matcher m = ORIGIN.matcher(url.strip().replace("{s}.", "*."));
		return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
	}

	public String tileUrl() {
		return tileUrl;
	}

	public String attribution() {
		return attribution;
	}

	public double centerLat() {
		return centerLat;
	}

	public double centerLon() {
		return centerLon;
	}

	public int zoom() {
		return zoom;
	}

	/**
	 * From this zoom level on, the public map shows single reports in view ({@code tinhso.feedback.map.point-zoom},
	 * 13: a few streets); below it, one marker per commune with its count.
	 */
	public int pointZoom() {
		return pointZoom;
	}
}
