package vn.tinhso.feedback.geo;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Reads GeoJSON (RFC 7946) geometries: a Polygon or MultiPolygon, positions as [longitude, latitude].
 * Anything else is refused with a message naming what is wrong.
 */
final class GeoJson {

	private GeoJson() {
	}

	static Area area(JsonNode geometry) {
		if (geometry == null || !geometry.isObject()) {
			throw new IllegalArgumentException("geometry is missing");
		}
		String type = geometry.path("type").asString("");
		JsonNode coordinates = geometry.path("coordinates");
		if ("Polygon".equals(type)) {
			return new Area(List.of(polygon(coordinates)));
		}
		if ("MultiPolygon".equals(type)) {
			List<Polygon> polygons = new ArrayList<>();
			for (JsonNode p : array(coordinates, "MultiPolygon coordinates")) {
				polygons.add(polygon(p));
			}
			return new Area(polygons);
		}
		throw new IllegalArgumentException("geometry type must be Polygon or MultiPolygon, not '" + type + "'");
	}

	private static Polygon polygon(JsonNode rings) {
		List<Ring> list = new ArrayList<>();
		for (JsonNode ring : array(rings, "Polygon coordinates")) {
			list.add(ring(ring));
		}
		if (list.isEmpty()) {
			throw new IllegalArgumentException("a polygon needs an outer ring");
		}
		return new Polygon(list.get(0), list.subList(1, list.size()));
	}

	private static Ring ring(JsonNode positions) {
		List<double[]> points = new ArrayList<>();
		for (JsonNode position : array(positions, "ring")) {
			if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
				throw new IllegalArgumentException("a position must be [longitude, latitude]");
			}
			double lon = position.get(0).doubleValue();
			double lat = position.get(1).doubleValue();
			if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
				throw new IllegalArgumentException("position out of range: [" + lon + ", " + lat + "]");
			}
			points.add(new double[] { lon, lat });
		}
		if (points.size() < 4) {
			throw new IllegalArgumentException("a ring needs at least four positions");
		}
		return new Ring(points);
	}

	private static Iterable<JsonNode> array(JsonNode node, String what) {
		if (node == null || !node.isArray()) {
			throw new IllegalArgumentException(what + " must be an array");
		}
		return node.values();
	}
}
