package vn.tinhso.feedback.web;

import java.util.regex.Pattern;

import vn.tinhso.feedback.report.MapBox;
import vn.tinhso.platform.DomainException;

/**
 * The part of the public map a page shows, as it asks for it: {@code bbox=west,south,east,north} in
 * decimal degrees and the zoom level (0–19), both optional. Anything else is refused with a stable code
 * before a query runs: a box that is not four plain decimal numbers (no exponents, NaN or infinities),
 * out of range, or the wrong way round (west after east, south after north: a view across the
 * antimeridian has no place in a province), and a zoom that is not a whole number from 0 to 19.
 *
 * @param box the part in view, or null when not given
 * @param zoom the zoom level, or null when not given
 */
record MapView(MapBox box, Integer zoom) {

	static final int MAX_ZOOM = 19;
	private static final Pattern DEGREES = Pattern.compile("-?\\d{1,3}(\\.\\d{1,17})?");
	private static final Pattern LEVEL = Pattern.compile("\\d{1,2}");

	static MapView parse(String bbox, String zoom) {
		return new MapView(bbox == null || bbox.isBlank() ? null : box(bbox), zoom == null || zoom.isBlank() ? null : zoom(zoom));
	}

	/** Whether the page is zoomed in far enough for single reports: a box and a zoom of at least {@code pointZoom}. */
	boolean showsPoints(int pointZoom) {
		return box != null && zoom != null && zoom >= pointZoom;
	}

	private static MapBox box(String text) {
		String[] parts = text.length() > 120 ? new String[0] : text.split(",", -1);
		if (parts.length != 4) {
			throw invalidBox();
		}
		double[] v = new double[4];
		for (int i = 0; i < 4; i++) {
			String part = parts[i].strip();
			if (!DEGREES.matcher(part).matches()) {
				throw invalidBox();
			}
			v[i] = Double.parseDouble(part);
		}
		double west = v[0];
		double south = v[1];
		double east = v[2];
		double north = v[3];
		if (Math.abs(west) > 180 || Math.abs(east) > 180 || Math.abs(south) > 90 || Math.abs(north) > 90 || west > east
				|| south > north) {
			throw invalidBox();
		}
		return new MapBox(west, south, east, north);
	}

	private static Integer zoom(String text) {
		String z = text.strip();
		if (!LEVEL.matcher(z).matches() || Integer.parseInt(z) > MAX_ZOOM) {
			throw DomainException.invalid("feedback.map.zoom-invalid", MAX_ZOOM);
		}
		return Integer.parseInt(z);
	}

	private static DomainException invalidBox() {
		return DomainException.invalid("feedback.map.bbox-invalid");
	}
}
